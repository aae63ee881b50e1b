use crate::api::AppError;
use crate::model::proposals::ProposalDetail;
use leptos::prelude::*;

/// A proposal's page, if the caller may see it (someone else's draft is not found).
#[server(endpoint = "get_proposal")]
pub async fn get_proposal(id: i64) -> Result<ProposalDetail, AppError> {
    use crate::server::auth::caller::{app_state, caller};
    let state = app_state()?;
    let me = caller().await?;
    crate::server::proposals::detail::detail(&state.db, me.as_ref().map(|c| &c.actor), id).await
}
