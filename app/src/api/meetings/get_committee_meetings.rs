use crate::api::AppError;
use crate::model::meetings::CommitteeMeetings;
use leptos::prelude::*;

/// A committee's meetings and decisions; `None` for those without a seat on it.
#[server(endpoint = "get_committee_meetings")]
pub async fn get_committee_meetings(committee: i64) -> Result<Option<CommitteeMeetings>, AppError> {
    use crate::server::auth::caller::{app_state, caller};
    let state = app_state()?;
    let me = caller().await?;
    let actor = me.as_ref().map(|c| &c.actor);
    crate::server::meetings::view::committee_meetings(&state.db, actor, committee).await
}
