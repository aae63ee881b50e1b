use crate::api::AppError;
use leptos::prelude::*;

/// Records that a veteran was honoured; back to the list, at them.
#[server(endpoint = "record_honour")]
pub async fn record_honour(
    volunteer_id: i64,
    #[server(default)] day: String,
    #[server(default)] occasion: String,
) -> Result<(), AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    let state = app_state()?;
    let me = signed_in().await?;
    match crate::server::volunteers::veterans::honour(
        &state.db,
        &me.actor,
        volunteer_id,
        &day,
        &occasion,
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
            ("occasion", &occasion),
        ])),
    }
}
