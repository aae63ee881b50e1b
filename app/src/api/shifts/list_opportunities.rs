use crate::api::AppError;
use crate::model::shifts::OpportunityPage;
use leptos::prelude::*;

/// Opportunities with a shift ahead, the soonest first: public.
#[server(endpoint = "list_opportunities")]
pub async fn list_opportunities(page: Option<i64>) -> Result<OpportunityPage, AppError> {
    use crate::server::auth::caller::app_state;
    let state = app_state()?;
    crate::server::shifts::list(&state.db, page.unwrap_or(1)).await
}
