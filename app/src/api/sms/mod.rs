//! Text messages: the caller's number and its proof, the kinds they receive by SMS.
mod get_sms_settings;
mod remove_mobile;
mod request_mobile_code;
mod save_sms_kinds;
mod verify_mobile;

pub use get_sms_settings::*;
pub use remove_mobile::*;
pub use request_mobile_code::*;
pub use save_sms_kinds::*;
pub use verify_mobile::*;
