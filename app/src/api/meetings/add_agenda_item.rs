use crate::api::AppError;
use leptos::prelude::*;

/// Adds an item to a meeting's agenda, perhaps pointing at a card of its board.
#[server(endpoint = "add_agenda_item")]
pub async fn add_agenda_item(
    meeting: i64,
    #[server(default)] item: String,
    #[server(default)] card: String,
) -> Result<(), AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    let state = app_state()?;
    let me = signed_in().await?;
    // "" is "no card"; anything else must be a card's id.
    let card = match card.trim() {
        "" => None,
        id => Some(id.parse::<i64>().map_err(|_| {
            AppError::invalid("card", crate::domain::validation::FieldIssue::InvalidChoice)
        })?),
    };
    crate::server::meetings::record::add_agenda_item(&state.db, &me.actor, meeting, &item, card)
        .await?;
    super::back_to_meeting(meeting);
    Ok(())
}
