use crate::api::AppError;
use crate::model::reports::ReportBody;
use leptos::prelude::*;

/// The report of a campaign (`campaign`) or a Jalali period (`year` and `part`) from the
/// records as they are now, for an official to check before freezing it.
#[server(endpoint = "get_report_draft")]
pub async fn get_report_draft(
    campaign: String,
    year: String,
    part: String,
) -> Result<ReportBody, AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    use crate::server::reports::{draft, scope_of};
    let state = app_state()?;
    let me = signed_in().await?;
    crate::server::auth::caller::officials_only(&me.actor)?;
    let scope = scope_of(&campaign, &year, &part)
        .map_err(|e| e.keeping(&[("campaign", &campaign), ("year", &year), ("part", &part)]))?;
    draft(&state.db, &me.actor, scope).await
}
