use crate::api::AppError;
use crate::model::projects::AssignmentForm;
use leptos::prelude::*;

/// The assignment form: what to choose from and the current assignment (officials).
#[server(endpoint = "assignment_options")]
pub async fn assignment_options(id: i64) -> Result<AssignmentForm, AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    let state = app_state()?;
    let me = signed_in().await?;
    crate::server::projects::assignment::form(&state.db, &me.actor, id).await
}
