use crate::api::AppError;
use leptos::prelude::*;

/// Saves the caller's email address and the kinds of event to receive by email.
#[server(endpoint = "save_email_settings")]
pub async fn save_email_settings(
    email: String,
    #[server(default)] kinds: Vec<String>,
) -> Result<(), AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    let state = app_state()?;
    let me = signed_in().await?;
    crate::server::email::save(&state.db, &me.actor, &email, &kinds)
        .await
        .map_err(|e| e.keeping(&[("email", &email), ("kinds", &kinds.join(","))]))
}
