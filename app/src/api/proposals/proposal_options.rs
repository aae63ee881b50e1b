use crate::api::AppError;
use crate::model::proposals::ProposalForm;
use leptos::prelude::*;

/// The proposal form's choices, and for `id` the values to edit.
#[server(endpoint = "proposal_options")]
pub async fn proposal_options(id: Option<i64>) -> Result<ProposalForm, AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    let state = app_state()?;
    let me = signed_in().await?;
    crate::server::proposals::forms::form(&state.db, &me.actor, id).await
}
