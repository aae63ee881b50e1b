use crate::api::AppError;
use leptos::prelude::*;

/// The intermediary proposes one of its active volunteers for an open request; back to its
/// roster, at that volunteer.
#[server(endpoint = "propose_placement")]
pub async fn propose_placement(volunteer_id: i64, request_id: i64) -> Result<(), AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    let state = app_state()?;
    let me = signed_in().await?;
    let days = state.settings.placement_answer_days;
    crate::server::centres::placements::propose(
        &state.db,
        &me.actor,
        volunteer_id,
        request_id,
        days,
    )
    .await?;
    leptos_axum::redirect(&format!("/volunteers#volunteer-{volunteer_id}"));
    Ok(())
}
