use crate::api::AppError;
use crate::model::volunteers::IntermediaryRoster;
use leptos::prelude::*;

/// The volunteers of the intermediary institutions the caller represents.
#[server(endpoint = "list_my_rosters")]
pub async fn list_my_rosters() -> Result<Vec<IntermediaryRoster>, AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    let state = app_state()?;
    let me = signed_in().await?;
    crate::server::volunteers::rosters(&state.db, &me.actor).await
}
