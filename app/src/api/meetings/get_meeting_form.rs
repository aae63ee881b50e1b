use crate::api::AppError;
use crate::model::meetings::MeetingForm;
use leptos::prelude::*;

/// The form for a new meeting of a committee, or for changing a meeting.
#[server(endpoint = "get_meeting_form")]
pub async fn get_meeting_form(
    committee: Option<i64>,
    meeting: Option<i64>,
    group: Option<i64>,
) -> Result<MeetingForm, AppError> {
    use crate::server::auth::caller::{app_state, caller};
    let state = app_state()?;
    let me = caller().await?;
    let actor = me.as_ref().map(|c| &c.actor);
    crate::server::meetings::schedule::form(&state.db, actor, committee, meeting, group).await
}
