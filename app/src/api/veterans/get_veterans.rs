use crate::api::AppError;
use crate::model::veterans::VeteranPage;
use leptos::prelude::*;

/// Veterans by years and hours, centre and county (officials and intermediaries'
/// representatives).
#[server(endpoint = "get_veterans")]
pub async fn get_veterans(
    years: Option<i64>,
    hours: Option<i64>,
    centre: Option<i64>,
    #[server(default)] county: Option<String>,
    not_honoured: bool,
    page: Option<i64>,
) -> Result<VeteranPage, AppError> {
    use crate::domain::veteran_rules::VeteranFilter;
    use crate::server::auth::caller::{app_state, signed_in};
    let state = app_state()?;
    let me = signed_in().await?;
    let filter = VeteranFilter::from_query(years, hours, centre, not_honoured);
    // An empty choice is "every county".
    let county = county.as_deref().map(str::trim).filter(|c| !c.is_empty());
    crate::server::volunteers::veterans::list(
        &state.db,
        &me.actor,
        filter,
        county,
        page.unwrap_or(1),
    )
    .await
}
