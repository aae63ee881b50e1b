use crate::api::AppError;
use leptos::prelude::*;

/// A decision: what, who carries it out (`p:ID` or `o:ID`), by when (Jalali).
#[server(endpoint = "add_decision")]
pub async fn add_decision(
    meeting: i64,
    #[server(default)] text: String,
    #[server(default)] responsible: String,
    #[server(default)] due_on: String,
) -> Result<(), AppError> {
    use crate::domain::meeting_rules::DecisionText;
    use crate::server::auth::caller::{app_state, signed_in};
    let state = app_state()?;
    let me = signed_in().await?;
    let text = DecisionText {
        text,
        responsible,
        due_on,
    };
    crate::server::meetings::record::add_decision(&state.db, &me.actor, meeting, text).await?;
    super::back_to_meeting(meeting);
    Ok(())
}
