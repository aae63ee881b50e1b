//! Server functions of the volunteer network: registration, the volunteer's own profile, the
//! intermediary's roster and moves, and officials marking intermediary institutions.
mod get_my_volunteer;
mod list_my_rosters;
mod mark_intermediary;
mod move_volunteer;
// One server-function argument per form field keeps the plain HTML form working without
// JavaScript; the macro's generated client function repeats them all.
#[allow(clippy::too_many_arguments)]
mod register_volunteer;
mod volunteer_options;

pub use get_my_volunteer::*;
pub use list_my_rosters::*;
pub use mark_intermediary::*;
pub use move_volunteer::*;
pub use register_volunteer::*;
pub use volunteer_options::*;
