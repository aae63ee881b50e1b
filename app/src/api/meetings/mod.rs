//! Server functions of meetings: scheduling, the meeting page, recording and publishing,
//! and a committee's meetings.
mod add_agenda_item;
mod add_decision;
mod get_committee_meetings;
mod get_meeting;
mod get_meeting_form;
mod list_meetings;
mod publish_meeting;
mod record_attendance;
mod remove_agenda_item;
mod remove_decision;
#[allow(clippy::too_many_arguments)]
mod save_meeting;
mod save_minutes;

pub use add_agenda_item::*;
pub use add_decision::*;
pub use get_committee_meetings::*;
pub use get_meeting::*;
pub use get_meeting_form::*;
pub use list_meetings::*;
pub use publish_meeting::*;
pub use record_attendance::*;
pub use remove_agenda_item::*;
pub use remove_decision::*;
pub use save_meeting::*;
pub use save_minutes::*;

/// Without JavaScript a recording form returns to the meeting's page.
#[cfg(feature = "ssr")]
fn back_to_meeting(meeting: i64) {
    leptos_axum::redirect(&crate::server::meetings::meeting_link(meeting));
}
