use crate::api::AppError;
use leptos::prelude::*;

/// Who came: one mark per invitee, `user:attendance`.
#[server(endpoint = "record_attendance")]
pub async fn record_attendance(
    meeting: i64,
    #[server(default)] marks: Vec<String>,
) -> Result<(), AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    let state = app_state()?;
    let me = signed_in().await?;
    crate::server::meetings::record::record_attendance(&state.db, &me.actor, meeting, &marks)
        .await?;
    super::back_to_meeting(meeting);
    Ok(())
}
