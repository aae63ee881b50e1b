use crate::api::AppError;
use leptos::prelude::*;

/// Schedules a meeting (its committee's members are invited and told) or changes one; goes
/// to the meeting's page.
#[server(endpoint = "save_meeting")]
pub async fn save_meeting(
    committee_id: i64,
    #[server(default)] id: Option<i64>,
    #[server(default)] version: i64,
    working_group_id: i64,
    #[server(default)] title: String,
    #[server(default)] held_on: String,
    #[server(default)] starts_at: String,
    #[server(default)] place: String,
    #[server(default)] online_link: String,
    #[server(default)] quorum_percent: String,
) -> Result<(), AppError> {
    use crate::domain::meeting_rules::MeetingText;
    use crate::server::auth::caller::{app_state, signed_in};
    use crate::server::meetings::schedule::{save, Scheduling};
    let state = app_state()?;
    let me = signed_in().await?;
    let text = MeetingText {
        title,
        held_on,
        starts_at,
        place,
        online_link,
        quorum_percent,
    };
    let asked = Scheduling {
        committee_id,
        working_group_id,
        id,
        version,
        text,
    };
    let id = save(&state.db, &me.actor, asked).await?;
    leptos_axum::redirect(&crate::server::meetings::meeting_link(id));
    Ok(())
}
