use crate::api::AppError;
use crate::model::notifications::EmailSettings;
use leptos::prelude::*;

/// The caller's email address and which kinds of event they receive by email.
#[server(endpoint = "get_email_settings")]
pub async fn get_email_settings() -> Result<EmailSettings, AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    let state = app_state()?;
    let me = signed_in().await?;
    crate::server::email::settings(&state.db, &me.actor).await
}
