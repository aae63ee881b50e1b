use crate::api::AppError;
use crate::model::proposals::ProposalListPage;
use leptos::prelude::*;

/// The proposals the caller may see, filtered (empty = any), sorted and paginated.
#[server(endpoint = "list_proposals")]
pub async fn list_proposals(
    status: String,
    dimension: String,
    neighbourhood: String,
    committee: String,
    waiting: String,
    sort: String,
    q: String,
    page: i64,
) -> Result<ProposalListPage, AppError> {
    use crate::server::auth::caller::{app_state, caller};
    use crate::server::proposals::listing::{list, ListQuery};

    let state = app_state()?;
    let me = caller().await?;
    let query = ListQuery {
        status,
        dimension,
        neighbourhood,
        committee,
        waiting,
        sort,
        text: q,
        page,
    };
    list(&state.db, me.as_ref().map(|c| &c.actor), query).await
}
