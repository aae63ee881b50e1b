use crate::api::AppError;
use leptos::prelude::*;

/// Forgets the caller's mobile number.
#[server(endpoint = "remove_mobile")]
pub async fn remove_mobile() -> Result<(), AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    let state = app_state()?;
    let me = signed_in().await?;
    crate::server::sms::remove(&state.db, &me.actor).await
}
