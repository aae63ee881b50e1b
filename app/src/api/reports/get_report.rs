use crate::api::AppError;
use crate::model::reports::FrozenReport;
use leptos::prelude::*;

/// A frozen report as it was stored (public, like the campaigns it reports on).
#[server(endpoint = "get_report")]
pub async fn get_report(id: i64) -> Result<FrozenReport, AppError> {
    use crate::server::auth::caller::app_state;
    let state = app_state()?;
    crate::server::reports::frozen(&state.db, id).await
}
