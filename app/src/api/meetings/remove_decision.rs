use crate::api::AppError;
use leptos::prelude::*;

#[server(endpoint = "remove_decision")]
pub async fn remove_decision(meeting: i64, decision: i64) -> Result<(), AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    let state = app_state()?;
    let me = signed_in().await?;
    crate::server::meetings::record::remove_decision(&state.db, &me.actor, meeting, decision)
        .await?;
    super::back_to_meeting(meeting);
    Ok(())
}
