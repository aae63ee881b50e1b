//! Server functions of needs assessments, proposals and notifications.
mod add_comment;
mod assessment_options;
mod get_proposal;
mod list_notifications;
#[allow(clippy::too_many_arguments)]
mod list_proposals;
mod mark_notifications_read;
mod move_proposal;
mod proposal_options;
// One argument per form field keeps the plain HTML form working without JavaScript.
#[allow(clippy::too_many_arguments)]
mod record_assessment;
mod remove_document;
#[allow(clippy::too_many_arguments)]
mod save_proposal;

pub use add_comment::*;
pub use assessment_options::*;
pub use get_proposal::*;
pub use list_notifications::*;
pub use list_proposals::*;
pub use mark_notifications_read::*;
pub use move_proposal::*;
pub use proposal_options::*;
pub use record_assessment::*;
pub use remove_document::*;
pub use save_proposal::*;

/// Ids of a list field joined for the echo that refills the form.
#[cfg(feature = "ssr")]
fn joined<T: ToString>(values: &[T]) -> String {
    values
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(",")
}
