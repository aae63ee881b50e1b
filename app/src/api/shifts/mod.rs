//! Server functions of opportunities and shifts: the list and page, publishing, signing up,
//! and attendance.
mod add_shift;
mod cancel_seat;
mod cancel_shift;
mod confirm_seat;
mod create_opportunity;
mod get_opportunity;
mod list_opportunities;
mod organisation_opportunities;
mod publish_opportunity;
mod record_shift_attendance;
mod sign_up_shift;

pub use add_shift::*;
pub use cancel_seat::*;
pub use cancel_shift::*;
pub use confirm_seat::*;
pub use create_opportunity::*;
pub use get_opportunity::*;
pub use list_opportunities::*;
pub use organisation_opportunities::*;
pub use publish_opportunity::*;
pub use record_shift_attendance::*;
pub use sign_up_shift::*;
