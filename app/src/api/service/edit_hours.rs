use crate::api::AppError;
use leptos::prelude::*;

/// The volunteer changes a day of their record; it waits for the centre again.
#[server(endpoint = "edit_hours")]
pub async fn edit_hours(
    id: i64,
    version: i64,
    #[server(default)] served_on: String,
    #[server(default)] hours: String,
    #[server(default)] note: String,
) -> Result<(), AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    use crate::server::service::hours::{edit, HoursInput};
    let state = app_state()?;
    let me = signed_in().await?;
    let input = HoursInput {
        served_on: &served_on,
        hours: &hours,
        note: &note,
    };
    match edit(&state.db, &me.actor, id, version, input).await {
        Ok(()) => {
            leptos_axum::redirect(&format!("/volunteers/me#hours-{id}"));
            Ok(())
        }
        Err(e) => Err(e.keeping(&[
            ("id", &id.to_string()),
            ("served_on", &served_on),
            ("hours", &hours),
            ("note", &note),
        ])),
    }
}
