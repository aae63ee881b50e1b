use crate::api::AppError;
use leptos::prelude::*;

/// Cancels a shift that has not started, telling everyone signed up why; back to its page.
#[server(endpoint = "cancel_shift")]
pub async fn cancel_shift(
    shift_id: i64,
    #[server(default)] reason: String,
) -> Result<(), AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    let state = app_state()?;
    let me = signed_in().await?;
    match crate::server::shifts::publish::cancel_shift(&state.db, &me.actor, shift_id, &reason)
        .await
    {
        Ok(id) => {
            leptos_axum::redirect(&format!("/opportunities/{id}#shift-{shift_id}"));
            Ok(())
        }
        Err(e) => Err(e.keeping(&[("id", &shift_id.to_string()), ("reason", &reason)])),
    }
}
