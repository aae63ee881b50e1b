use crate::api::AppError;
use leptos::prelude::*;

#[server(endpoint = "remove_agenda_item")]
pub async fn remove_agenda_item(meeting: i64, item: i64) -> Result<(), AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    let state = app_state()?;
    let me = signed_in().await?;
    crate::server::meetings::record::remove_agenda_item(&state.db, &me.actor, meeting, item)
        .await?;
    super::back_to_meeting(meeting);
    Ok(())
}
