use crate::api::AppError;
use crate::model::directory::WorkingGroupDetail;
use leptos::prelude::*;

/// One working group's page (public).
#[server(endpoint = "get_working_group")]
pub async fn get_working_group(id: i64) -> Result<WorkingGroupDetail, AppError> {
    use crate::server::auth::caller::app_state;
    let state = app_state()?;
    crate::server::directory::working_groups::detail(&state.db, id).await
}
