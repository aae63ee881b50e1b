use crate::api::AppError;
use crate::domain::my_work::WorkGroup;
use leptos::prelude::*;

/// What waits for the signed-in caller, group by group.
#[server(endpoint = "get_my_work")]
pub async fn get_my_work() -> Result<Vec<WorkGroup>, AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    let state = app_state()?;
    let me = signed_in().await?;
    let today = crate::domain::directory_rules::parse_iso(&crate::server::today_iso())
        .ok_or(AppError::Internal)?;
    crate::server::my_work::for_actor(&state.db, &me.actor, state.settings.stalled, today).await
}
