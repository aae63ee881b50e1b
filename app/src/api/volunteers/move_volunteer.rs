use crate::api::AppError;
use leptos::prelude::*;

/// The intermediary verifies, activates or deactivates (with a reason) a volunteer; the
/// volunteer may deactivate themselves. Back to the page the move was made from.
#[server(endpoint = "move_volunteer")]
pub async fn move_volunteer(
    id: i64,
    version: i64,
    step: String,
    #[server(default)] reason: String,
) -> Result<(), AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    let state = app_state()?;
    let me = signed_in().await?;
    let moved = crate::server::volunteers::states::make_move(
        &state.db, &me.actor, id, version, &step, &reason,
    )
    .await;
    match moved {
        Ok(_) => {
            let own = crate::server::volunteers::mine(&state.db, &me.actor)
                .await?
                .is_some_and(|v| v.id == id);
            let back = if own {
                "/volunteers/me".to_string()
            } else {
                format!("/volunteers#volunteer-{id}")
            };
            leptos_axum::redirect(&back);
            Ok(())
        }
        Err(e) => Err(e.keeping(&[("reason", &reason), ("id", &id.to_string())])),
    }
}
