//! Meetings: the list (`/meetings`), scheduling (`/meetings/new`), the meeting's page (`/meetings/{id}`) where its
//! chair or secretary records it and publishes the minutes, and a committee's meetings and
//! decisions on its page. The meeting's page prints as the minutes.
mod agenda;
mod attendance;
mod committee_list;
mod decisions;
mod form;
mod list;
mod minutes;
mod page;
mod publish;

pub use committee_list::CommitteeMeetingsSection;
pub use form::{EditMeetingPage, NewMeetingPage};
pub use list::{MeetingCard, MeetingsPage};
pub use page::MeetingPage;
