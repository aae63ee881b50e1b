//! The volunteer network's pages: the invitation and the intermediary's roster, registration,
//! and the volunteer's own profile.
mod edit;
mod intermediary_panel;
mod landing;
mod merges;
mod offer_fields;
mod own;
mod profile;
mod record;
mod reference;
mod register;
mod roster;
mod service;
mod shifts;
mod suggestions;
mod veteran_actions;
mod veterans;

pub use edit::MyOfferPage;
pub use intermediary_panel::IntermediaryPanel;
pub use landing::VolunteersPage;
pub use profile::MyVolunteerPage;
pub use record::MyRecordPage;
pub use reference::VolunteerReferencePage;
pub use register::VolunteerRegisterPage;
pub use veterans::VeteransPage;
