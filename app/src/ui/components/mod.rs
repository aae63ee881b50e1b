//! Small pieces the pages share.
pub mod check_list;
pub mod choice_field;
pub mod dimension_checks;
pub mod field;
pub mod field_issue;
pub mod filter_select;
pub mod form_state;
pub mod format;
pub mod labels;
pub mod members;
pub mod neighbourhood_map;
pub mod pager;
pub mod project_labels;
pub mod proposal_labels;
pub mod refresh;
pub mod sign_in_required;
pub mod version_field;
