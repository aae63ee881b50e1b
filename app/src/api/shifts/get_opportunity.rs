use crate::api::AppError;
use crate::model::shifts::OpportunityDetail;
use leptos::prelude::*;

/// An opportunity's page: public; the caller's own seats for a volunteer, who signed up for
/// those who run the centre.
#[server(endpoint = "get_opportunity")]
pub async fn get_opportunity(id: i64) -> Result<OpportunityDetail, AppError> {
    use crate::server::auth::caller::{app_state, caller};
    let state = app_state()?;
    let me = caller().await?;
    crate::server::shifts::detail(&state.db, me.as_ref().map(|c| &c.actor), id).await
}
