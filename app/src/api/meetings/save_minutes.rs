use crate::api::AppError;
use leptos::prelude::*;

#[server(endpoint = "save_minutes")]
pub async fn save_minutes(
    meeting: i64,
    version: i64,
    #[server(default)] minutes: String,
) -> Result<(), AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    let state = app_state()?;
    let me = signed_in().await?;
    crate::server::meetings::record::save_minutes(&state.db, &me.actor, meeting, version, &minutes)
        .await?;
    super::back_to_meeting(meeting);
    Ok(())
}
