use crate::api::AppError;
use crate::model::directory::CommitteeCard;
use leptos::prelude::*;

/// The public committee directory: filter by dimension (code or empty), search, sort
/// (`name`, `dimension`, `members`).
#[server(endpoint = "list_committees")]
pub async fn list_committees(
    dimension: String,
    query: String,
    sort: String,
) -> Result<Vec<CommitteeCard>, AppError> {
    use crate::domain::codes::Dimension;
    use crate::server::auth::caller::app_state;
    use crate::server::db::committees::CommitteeOrder;
    use crate::server::directory::committees;

    let state = app_state()?;
    let order = match sort.as_str() {
        "dimension" => CommitteeOrder::Dimension,
        "members" => CommitteeOrder::Members,
        _ => CommitteeOrder::Name,
    };
    committees::cards(&state.db, Dimension::parse(&dimension), &query, order).await
}
