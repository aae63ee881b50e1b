//! Reports of campaigns and Jalali periods: the frozen list, preparing one from the records,
//! and a frozen report to read, print or download.
mod body;
mod draft;
mod list;
mod prepare;
mod report;

pub use draft::DraftPage;
pub(crate) use list::ReportCards;
pub use list::ReportsPage;
pub use report::ReportPage;
