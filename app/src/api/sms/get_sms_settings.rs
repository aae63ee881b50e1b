use crate::api::AppError;
use crate::model::notifications::SmsSettings;
use leptos::prelude::*;

/// The caller's mobile number, whether it is proven, and the kinds they receive by SMS.
#[server(endpoint = "get_sms_settings")]
pub async fn get_sms_settings() -> Result<SmsSettings, AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    let state = app_state()?;
    let me = signed_in().await?;
    crate::server::sms::settings(&state.db, &me.actor).await
}
