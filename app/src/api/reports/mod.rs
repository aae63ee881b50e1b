//! Server functions of reports: the frozen list and one report (public), a draft and freezing
//! (officials), selecting an action's account for the reports.
mod freeze_report;
mod get_report;
mod get_report_choices;
mod get_report_draft;
mod list_reports;
mod select_account;

pub use freeze_report::*;
pub use get_report::*;
pub use get_report_choices::*;
pub use get_report_draft::*;
pub use list_reports::*;
pub use select_account::*;
