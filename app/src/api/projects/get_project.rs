use crate::api::AppError;
use crate::model::projects::ProjectDetail;
use leptos::prelude::*;

/// A project's page (public; the review's reasons and follow-ups only for those involved).
#[server(endpoint = "get_project")]
pub async fn get_project(id: i64) -> Result<ProjectDetail, AppError> {
    use crate::server::auth::caller::{app_state, caller};
    let state = app_state()?;
    let me = caller().await?;
    let actor = me.as_ref().map(|c| &c.actor);
    crate::server::projects::detail::detail(&state.db, actor, state.settings.stalled, id).await
}
