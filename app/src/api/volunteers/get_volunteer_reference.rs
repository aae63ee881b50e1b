use crate::api::AppError;
use crate::model::volunteer_reference::ReferenceLists;
use leptos::prelude::*;

/// The roles and registration drives, with their use (officials).
#[server(endpoint = "get_volunteer_reference")]
pub async fn get_volunteer_reference() -> Result<ReferenceLists, AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    let state = app_state()?;
    let me = signed_in().await?;
    crate::server::volunteers::reference::lists(&state.db, &me.actor).await
}
