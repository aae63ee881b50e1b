use crate::api::AppError;
use leptos::prelude::*;

/// The caller confirms they are coming; back to the shift.
#[server(endpoint = "confirm_seat")]
pub async fn confirm_seat(shift_id: i64) -> Result<(), AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    let state = app_state()?;
    let me = signed_in().await?;
    match crate::server::shifts::signups::confirm(&state.db, &me.actor, shift_id).await {
        Ok(id) => {
            leptos_axum::redirect(&format!("/opportunities/{id}#shift-{shift_id}"));
            Ok(())
        }
        // Which shift refused, so its page shows why beside it.
        Err(e) => Err(e.keeping(&[("id", &shift_id.to_string())])),
    }
}
