use crate::api::AppError;
use crate::model::meetings::Meeting;
use leptos::prelude::*;

/// A meeting, for its committee's members and staff.
#[server(endpoint = "get_meeting")]
pub async fn get_meeting(id: i64) -> Result<Meeting, AppError> {
    use crate::server::auth::caller::{app_state, caller};
    let state = app_state()?;
    let me = caller().await?;
    crate::server::meetings::view::meeting(&state.db, me.as_ref().map(|c| &c.actor), id).await
}
