use crate::api::AppError;
use leptos::prelude::*;

/// Saves the caller's email address, the kinds of event to receive by email, the language of
/// their messages and how often they receive a digest.
#[server(endpoint = "save_email_settings")]
pub async fn save_email_settings(
    email: String,
    #[server(default)] kinds: Vec<String>,
    #[server(default)] locale: String,
    #[server(default)] digest: String,
) -> Result<(), AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    use crate::server::email::EmailChoices;
    let state = app_state()?;
    let me = signed_in().await?;
    let choices = EmailChoices {
        address: &email,
        kinds: &kinds,
        locale: &locale,
        digest: &digest,
    };
    let saved = crate::server::email::save(&state.db, &me.actor, choices).await;
    if saved.is_ok() {
        crate::api::back_to_account_saved("email");
    }
    saved.map_err(|e| {
        e.keeping(&[
            ("email", &email),
            ("kinds", &kinds.join(",")),
            ("locale", &locale),
            ("digest", &digest),
        ])
    })
}
