use crate::api::AppError;
use crate::model::reports::ReportChoices;
use leptos::prelude::*;

/// What an official may prepare a report of: the campaigns and the current Jalali year.
#[server(endpoint = "get_report_choices")]
pub async fn get_report_choices() -> Result<ReportChoices, AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    let state = app_state()?;
    let me = signed_in().await?;
    crate::server::reports::choices(&state.db, &me.actor).await
}
