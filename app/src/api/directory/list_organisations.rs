use crate::api::AppError;
use crate::model::directory::OrganisationPage;
use leptos::prelude::*;

/// One page of the organisation directory; filters are codes or empty. Unverified ones are
/// listed (and filterable by status) only for officials.
#[server(endpoint = "list_organisations")]
pub async fn list_organisations(
    kind: String,
    dimension: String,
    neighbourhood: String,
    status: String,
    query: String,
    page: i64,
) -> Result<OrganisationPage, AppError> {
    use crate::domain::codes::{Dimension, OrgKind, OrgStatus};
    use crate::domain::digits::parse_number;
    use crate::server::auth::caller::{app_state, caller};
    use crate::server::directory::organisations::{page as list, ListQuery};

    let state = app_state()?;
    let actor = caller().await?.map(|c| c.actor);
    let q = ListQuery {
        kind: OrgKind::parse(&kind),
        dimension: Dimension::parse(&dimension),
        neighbourhood_id: parse_number(&neighbourhood),
        status: OrgStatus::parse(&status),
        text: query,
        page,
    };
    list(&state.db, actor.as_ref(), q).await
}
