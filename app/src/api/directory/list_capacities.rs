use crate::api::AppError;
use crate::model::directory::Capacity;
use leptos::prelude::*;

/// "Who has what, where" for officials: capacities by kind and neighbourhood (codes or empty),
/// largest first.
#[server(endpoint = "list_capacities")]
pub async fn list_capacities(
    kind: String,
    neighbourhood: String,
) -> Result<Vec<Capacity>, AppError> {
    use crate::domain::codes::CapacityKind;
    use crate::domain::digits::parse_number;
    use crate::domain::permissions::{Action, Target};
    use crate::server::auth::caller::{app_state, require};

    let state = app_state()?;
    require(Action::SeeRecords, Target::Portal).await?;
    crate::server::directory::capacities::search(
        &state.db,
        CapacityKind::parse(&kind),
        parse_number(&neighbourhood),
    )
    .await
}
