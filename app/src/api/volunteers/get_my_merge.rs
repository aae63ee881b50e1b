use crate::api::AppError;
use crate::model::volunteers::MergeView;
use leptos::prelude::*;

/// The caller's latest request to join an existing profile to their account, if any.
#[server(endpoint = "get_my_merge")]
pub async fn get_my_merge() -> Result<Option<MergeView>, AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    let state = app_state()?;
    let me = signed_in().await?;
    crate::server::volunteers::merges::mine(&state.db, &me.actor).await
}
