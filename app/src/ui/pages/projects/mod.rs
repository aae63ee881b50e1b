//! The projects' pages: the public list, a project's page with its journey, the assignment
//! form, and the officials' follow-up list.
pub mod actions;
pub mod assign;
pub mod card;
pub mod detail;
pub mod follow_up;
pub mod journey;
pub mod list;
pub mod new;
pub mod report_photo;
