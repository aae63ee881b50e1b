use crate::api::AppError;
use crate::model::directory::WorkingGroupDetail;
use leptos::prelude::*;

/// One working group's page (public).
#[server(endpoint = "get_working_group")]
pub async fn get_working_group(id: i64) -> Result<WorkingGroupDetail, AppError> {
    use crate::server::auth::caller::{app_state, caller};
    let state = app_state()?;
    let actor = caller().await?.map(|c| c.actor);
    crate::server::directory::working_groups::detail(&state.db, actor.as_ref(), id).await
}
