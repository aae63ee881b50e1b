use crate::api::AppError;
use crate::model::notifications::OutboxPage;
use leptos::prelude::*;

/// The email outbox, or with `channel` = `sms` the text-message one, newest first (admins).
#[server(endpoint = "list_outbox")]
pub async fn list_outbox(
    page: i64,
    #[server(default)] channel: String,
) -> Result<OutboxPage, AppError> {
    use crate::server::auth::caller::{app_state, caller};
    let state = app_state()?;
    let me = caller().await?;
    let s = &state.settings;
    if channel == "sms" {
        return crate::server::sms::outbox(
            &state.db,
            me.as_ref().map(|c| &c.actor),
            page,
            s.sms_delivery,
            s.public_origin.as_deref(),
        )
        .await;
    }
    crate::server::email::outbox(
        &state.db,
        me.as_ref().map(|c| &c.actor),
        page,
        s.email_delivery,
        s.public_origin.as_deref(),
    )
    .await
}
