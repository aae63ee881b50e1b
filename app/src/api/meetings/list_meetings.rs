use crate::api::AppError;
use crate::model::meetings::{MeetingsOverview, MeetingsShown};
use leptos::prelude::*;

/// A page of the meetings the caller may read: upcoming, their own, or past; by committee.
#[server(endpoint = "list_meetings")]
pub async fn list_meetings(
    committee: Option<i64>,
    shown: MeetingsShown,
    page: i64,
) -> Result<MeetingsOverview, AppError> {
    use crate::server::auth::caller::{app_state, caller};
    let state = app_state()?;
    let me = caller().await?;
    let actor = me.as_ref().map(|c| &c.actor);
    crate::server::meetings::listing::overview(&state.db, actor, committee, shown, page).await
}
