use crate::api::AppError;
use crate::model::volunteers::MergeView;
use leptos::prelude::*;

/// The requests to join a profile to another account waiting for the intermediaries the caller
/// represents (none for anyone else).
#[server(endpoint = "list_volunteer_merges")]
pub async fn list_volunteer_merges() -> Result<Vec<MergeView>, AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    let state = app_state()?;
    let me = signed_in().await?;
    crate::server::volunteers::merges::waiting(&state.db, &me.actor).await
}
