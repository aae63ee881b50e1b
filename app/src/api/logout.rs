use crate::api::AppError;
use leptos::prelude::*;

/// Ends the current session and goes home.
#[server(endpoint = "logout")]
pub async fn logout() -> Result<(), AppError> {
    use crate::server::auth::caller::session;
    session()
        .await?
        .flush()
        .await
        .map_err(crate::server::internal)?;
    leptos_axum::redirect("/");
    Ok(())
}
