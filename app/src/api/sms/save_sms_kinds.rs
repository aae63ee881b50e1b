use crate::api::AppError;
use leptos::prelude::*;

/// Saves the kinds of event the caller receives by SMS.
#[server(endpoint = "save_sms_kinds")]
pub async fn save_sms_kinds(#[server(default)] sms_kinds: Vec<String>) -> Result<(), AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    let state = app_state()?;
    let me = signed_in().await?;
    let saved = crate::server::sms::save_kinds(&state.db, &me.actor, &sms_kinds).await;
    if saved.is_ok() {
        crate::api::back_to_account_saved("sms");
    }
    saved.map_err(|e| e.keeping(&[("sms_kinds", &sms_kinds.join(","))]))
}
