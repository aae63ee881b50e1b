use crate::api::AppError;
use crate::model::dashboard::Dashboard;
use leptos::prelude::*;

/// The officials' dashboard figures.
#[server(endpoint = "get_dashboard")]
pub async fn get_dashboard() -> Result<Dashboard, AppError> {
    use crate::server::auth::caller::{app_state, caller};
    let state = app_state()?;
    let me = caller().await?;
    let actor = me.as_ref().map(|c| &c.actor);
    crate::server::dashboard::overview(&state.db, actor, state.settings.stalled).await
}
