use crate::api::AppError;
use leptos::prelude::*;

/// Those who run the centre tick who came to a shift; back to it, saying how many came.
#[server(endpoint = "record_shift_attendance")]
pub async fn record_shift_attendance(
    shift_id: i64,
    #[server(default)] came: Vec<String>,
) -> Result<(), AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    let state = app_state()?;
    let me = signed_in().await?;
    let ids: Vec<i64> = came.iter().filter_map(|c| c.parse().ok()).collect();
    let (id, count) =
        crate::server::shifts::attendance::record(&state.db, &me.actor, shift_id, &ids).await?;
    leptos_axum::redirect(&format!(
        "/opportunities/{id}?attended={count}#shift-{shift_id}"
    ));
    Ok(())
}
