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
            // The volunteer's own step returns to their profile; one row tells whose it is.
            let own = crate::server::db::volunteers::by_id(state.db.read(), id)
                .await?
                .is_some_and(|v| v.user_id == me.actor.user_id);
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
