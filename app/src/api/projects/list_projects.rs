use crate::api::AppError;
use crate::model::projects::ProjectListPage;
use leptos::prelude::*;

/// Every project (public), by status and neighbourhood (empty = any), newest first.
#[server(endpoint = "list_projects")]
pub async fn list_projects(
    status: String,
    neighbourhood: String,
    page: i64,
) -> Result<ProjectListPage, AppError> {
    use crate::server::auth::caller::app_state;
    let state = app_state()?;
    let place = neighbourhood.trim().parse().ok().filter(|n: &i64| *n > 0);
    crate::server::projects::listing::list(&state.db, state.settings.stalled, &status, place, page)
        .await
}
