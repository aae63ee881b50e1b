use crate::api::AppError;
use leptos::prelude::*;

/// Takes the caller's mobile number and sends it a verification code.
#[server(endpoint = "request_mobile_code")]
pub async fn request_mobile_code(mobile: String) -> Result<(), AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    let state = app_state()?;
    let me = signed_in().await?;
    crate::server::sms::request_code(&state.db, &me.actor, &mobile)
        .await
        .map_err(|e| e.keeping(&[("mobile", &mobile)]))
}
