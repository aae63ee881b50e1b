use crate::api::AppError;
use leptos::prelude::*;

/// Closes a request of a centre the caller manages; back to the centre's page.
#[server(endpoint = "close_centre_request")]
pub async fn close_centre_request(id: i64) -> Result<(), AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    let state = app_state()?;
    let me = signed_in().await?;
    let centre = crate::server::centres::forms::close_request(&state.db, &me.actor, id).await?;
    leptos_axum::redirect(&format!("/centres/{centre}#requests-h"));
    Ok(())
}
