//! Small pieces the pages share.
pub mod field;
pub mod field_issue;
pub mod form_state;
pub mod format;
pub mod sign_in_required;
