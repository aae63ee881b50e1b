use crate::api::AppError;
use leptos::prelude::*;

/// The volunteer reports a day at a centre where they are placed; back to their record.
#[server(endpoint = "report_hours")]
pub async fn report_hours(
    placement: i64,
    #[server(default)] served_on: String,
    #[server(default)] hours: String,
    #[server(default)] note: String,
) -> Result<(), AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    use crate::server::service::hours::{report, HoursInput};
    let state = app_state()?;
    let me = signed_in().await?;
    let input = HoursInput {
        served_on: &served_on,
        hours: &hours,
        note: &note,
    };
    match report(&state.db, &me.actor, placement, input).await {
        Ok(_) => {
            leptos_axum::redirect("/volunteers/me#hours-h");
            Ok(())
        }
        Err(e) => Err(e.keeping(&[
            ("placement", &placement.to_string()),
            ("served_on", &served_on),
            ("hours", &hours),
            ("note", &note),
        ])),
    }
}
