use crate::api::AppError;
use leptos::prelude::*;

/// Signs the caller up to a shift (a seat, or the waiting list); back to the shift.
#[server(endpoint = "sign_up_shift")]
pub async fn sign_up_shift(shift_id: i64) -> Result<(), AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    let state = app_state()?;
    let me = signed_in().await?;
    match crate::server::shifts::signups::sign_up(&state.db, &me.actor, shift_id).await {
        Ok(id) => {
            leptos_axum::redirect(&format!("/opportunities/{id}#shift-{shift_id}"));
            Ok(())
        }
        // Which shift refused, so its page shows why beside it.
        Err(e) => Err(e.keeping(&[("id", &shift_id.to_string())])),
    }
}
