use crate::api::AppError;
use leptos::prelude::*;

/// Marks one of the caller's notifications read, or all of them when `id` is empty.
#[server(endpoint = "mark_notifications_read")]
pub async fn mark_notifications_read(#[server(default)] id: Option<i64>) -> Result<u64, AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    let state = app_state()?;
    let me = signed_in().await?;
    crate::server::notifications::mark_read(&state.db, &me.actor, id).await
}
