use crate::api::AppError;
use crate::model::centres::CentreCard;
use leptos::prelude::*;

/// Every centre that takes volunteers (or one neighbourhood's, or one organisation's), by
/// name: public.
#[server(endpoint = "list_centres")]
pub async fn list_centres(
    neighbourhood: Option<i64>,
    organisation: Option<i64>,
) -> Result<Vec<CentreCard>, AppError> {
    use crate::server::auth::caller::app_state;
    use crate::server::db::centres::CentresOf;
    let state = app_state()?;
    let of = match (neighbourhood, organisation) {
        (Some(id), _) => CentresOf::Neighbourhood(id),
        (None, Some(id)) => CentresOf::Organisation(id),
        (None, None) => CentresOf::All,
    };
    crate::server::centres::list(&state.db, of).await
}
