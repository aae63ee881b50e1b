use crate::api::AppError;
use crate::model::notifications::NotificationPage;
use leptos::prelude::*;

/// The caller's notifications, newest first.
#[server(endpoint = "list_notifications")]
pub async fn list_notifications(page: i64) -> Result<NotificationPage, AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    let state = app_state()?;
    let me = signed_in().await?;
    crate::server::notifications::page(&state.db, &me.actor, page).await
}
