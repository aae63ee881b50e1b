use crate::api::AppError;
use leptos::prelude::*;

/// The volunteer's intermediary records their death with a family contact; back to the list.
#[server(endpoint = "record_death")]
pub async fn record_death(
    volunteer_id: i64,
    #[server(default)] day: String,
    #[server(default)] family_contact: String,
) -> Result<(), AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    let state = app_state()?;
    let me = signed_in().await?;
    let db = &state.db;
    match crate::server::volunteers::veterans::death(
        db,
        &me.actor,
        volunteer_id,
        &day,
        &family_contact,
    )
    .await
    {
        Ok(()) => {
            leptos_axum::redirect(&format!(
                "/volunteers/veterans?years=0#veteran-{volunteer_id}"
            ));
            Ok(())
        }
        Err(e) => Err(e.keeping(&[
            ("id", &volunteer_id.to_string()),
            ("day", &day),
            ("family_contact", &family_contact),
        ])),
    }
}
