use crate::api::AppError;
use crate::model::directory::Named;
use leptos::prelude::*;

/// The active committees whose decision may define a project (officials).
#[server(endpoint = "decision_committees")]
pub async fn decision_committees() -> Result<Vec<Named>, AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    let state = app_state()?;
    let me = signed_in().await?;
    crate::server::projects::creation::committees(&state.db, &me.actor).await
}
