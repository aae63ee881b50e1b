use crate::api::AppError;
use leptos::prelude::*;

/// The centre records one day for the placed volunteers ticked; back to the centre's page.
#[server(endpoint = "record_hours")]
pub async fn record_hours(
    centre_id: i64,
    #[server(default)] served_on: String,
    #[server(default)] hours: String,
    #[server(default)] note: String,
    #[server(default)] placements: Vec<String>,
) -> Result<(), AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    use crate::server::service::hours::{record, HoursInput};
    let state = app_state()?;
    let me = signed_in().await?;
    let ids: Vec<i64> = placements.iter().filter_map(|p| p.parse().ok()).collect();
    let input = HoursInput {
        served_on: &served_on,
        hours: &hours,
        note: &note,
    };
    match record(&state.db, &me.actor, centre_id, &ids, input).await {
        Ok(recorded) => {
            leptos_axum::redirect(&format!("/centres/{centre_id}?recorded={recorded}#hours-h"));
            Ok(())
        }
        Err(e) => Err(e.keeping(&[
            ("served_on", &served_on),
            ("hours", &hours),
            ("note", &note),
            ("placements", &placements.join(",")),
        ])),
    }
}
