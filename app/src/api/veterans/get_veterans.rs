use crate::api::AppError;
use crate::model::veterans::VeteranPage;
use leptos::prelude::*;

/// Veterans by years and hours (officials and intermediaries' representatives).
#[server(endpoint = "get_veterans")]
pub async fn get_veterans(
    years: Option<i64>,
    hours: Option<i64>,
    centre: Option<i64>,
    not_honoured: bool,
    page: Option<i64>,
) -> Result<VeteranPage, AppError> {
    use crate::domain::veteran_rules::VeteranFilter;
    use crate::server::auth::caller::{app_state, signed_in};
    let state = app_state()?;
    let me = signed_in().await?;
    let filter = VeteranFilter::from_query(years, hours, centre, not_honoured);
    crate::server::volunteers::veterans::list(&state.db, &me.actor, filter, page.unwrap_or(1)).await
}
