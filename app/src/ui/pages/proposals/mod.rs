//! The proposals' pages: the list, the form, a proposal's page, assessments, notifications.
pub mod assessment_form;
pub mod assessments;
pub mod budget_field;
pub mod card;
pub mod comments;
pub mod detail;
pub mod documents;
pub mod form;
pub mod list;
pub mod missing_sections;
pub mod move_form;
pub mod notifications;
