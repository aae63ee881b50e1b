//! Server functions of projects: the public list and page, assignment, progress, status and
//! follow-up.
#[allow(clippy::too_many_arguments)]
mod assign_project;
mod assignment_options;
mod change_project_status;
mod create_project;
mod decision_committees;
mod get_project;
mod list_follow_up;
mod list_projects;
mod post_update;
mod record_follow_up;
mod tick_milestone;

pub use assign_project::*;
pub use assignment_options::*;
pub use change_project_status::*;
pub use create_project::*;
pub use decision_committees::*;
pub use get_project::*;
pub use list_follow_up::*;
pub use list_projects::*;
pub use post_update::*;
pub use record_follow_up::*;
pub use tick_milestone::*;
