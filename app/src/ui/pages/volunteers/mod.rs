//! The volunteer network's pages: the invitation and the intermediary's roster, registration,
//! and the volunteer's own profile.
mod intermediary_panel;
mod landing;
mod profile;
mod register;
mod roster;
mod suggestions;

pub use intermediary_panel::IntermediaryPanel;
pub use landing::VolunteersPage;
pub use profile::MyVolunteerPage;
pub use register::VolunteerRegisterPage;
