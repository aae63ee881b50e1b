use crate::api::AppError;
use crate::model::pairings::PairingsPage;
use leptos::prelude::*;

/// A page of pairings, for everyone; officials also get the organisations to pair.
#[server(endpoint = "list_pairings")]
pub async fn list_pairings(page: i64) -> Result<PairingsPage, AppError> {
    use crate::server::auth::caller::{app_state, caller};
    let state = app_state()?;
    let me = caller().await?;
    crate::server::pairings::page(&state.db, me.as_ref().map(|c| &c.actor), page).await
}
