use crate::api::AppError;
use leptos::prelude::*;

/// Makes one move of the review workflow (`submit`, `send_to_committee`, `request_revision`,
/// `recommend`, `decline`, `approve`, `reject`) with its reason, then shows the proposal.
#[server(endpoint = "move_proposal")]
pub async fn move_proposal(
    id: i64,
    action: String,
    #[server(default)] reason: String,
    #[server(default)] committee_id: Option<i64>,
) -> Result<(), AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    use crate::server::proposals::workflow::{self, MoveInput};

    let state = app_state()?;
    let me = signed_in().await?;
    let input = MoveInput {
        action: action.clone(),
        reason: reason.clone(),
        committee_id,
    };
    workflow::move_proposal(&state.db, &me.actor, id, input)
        .await
        .map_err(|e| e.keeping(&[("reason", &reason), ("action", &action)]))?;
    // Its card (or its project's) moves on every board it is on, or has just arrived on one.
    for board in crate::server::db::boards::boards_of_proposal(state.db.read(), id).await? {
        state.live.poke(&state.db, board).await;
    }
    leptos_axum::redirect(&format!("/proposals/{id}#journey-h"));
    Ok(())
}
