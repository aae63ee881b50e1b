//! Server functions of service: hours reported, answered and recorded, the volunteer's own
//! record, and certificates issued, checked and revoked.
mod decide_hours;
mod edit_hours;
mod get_certificate;
mod get_my_service;
mod issue_certificate;
mod record_hours;
mod report_hours;
mod revoke_certificate;

pub use decide_hours::*;
pub use edit_hours::*;
pub use get_certificate::*;
pub use get_my_service::*;
pub use issue_certificate::*;
pub use record_hours::*;
pub use report_hours::*;
pub use revoke_certificate::*;
