use crate::api::AppError;
use crate::model::reports::ReportsPage;
use leptos::prelude::*;

/// The frozen reports, a page at a time, for everyone; officials also get what they may
/// report on.
#[server(endpoint = "list_reports")]
pub async fn list_reports(page: i64) -> Result<ReportsPage, AppError> {
    use crate::server::auth::caller::{app_state, caller};
    let state = app_state()?;
    let me = caller().await?;
    crate::server::reports::page(&state.db, me.as_ref().map(|c| &c.actor), page).await
}
