use crate::api::AppError;
use leptos::prelude::*;

/// Proves the caller's mobile number with the code sent to it.
#[server(endpoint = "verify_mobile")]
pub async fn verify_mobile(code: String) -> Result<(), AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    let state = app_state()?;
    let me = signed_in().await?;
    crate::server::sms::verify(&state.db, &me.actor, &code).await
}
