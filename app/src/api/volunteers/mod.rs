//! Server functions of the volunteer network: registration, the volunteer's own profile, the
//! intermediary's roster and moves, and officials marking intermediary institutions.
mod add_volunteer_drive;
mod add_volunteer_role;
mod decide_volunteer_merge;
mod get_my_merge;
mod get_my_volunteer;
mod get_volunteer_reference;
mod list_my_rosters;
mod list_volunteer_merges;
mod mark_intermediary;
mod move_volunteer;
// One server-function argument per form field keeps the plain HTML form working without
// JavaScript; the macro's generated client function repeats them all.
#[allow(clippy::too_many_arguments)]
mod register_volunteer;
mod retire_volunteer_role;
#[allow(clippy::too_many_arguments)]
mod update_my_offer;
mod volunteer_options;

pub use add_volunteer_drive::*;
pub use add_volunteer_role::*;
pub use decide_volunteer_merge::*;
pub use get_my_merge::*;
pub use get_my_volunteer::*;
pub use get_volunteer_reference::*;
pub use list_my_rosters::*;
pub use list_volunteer_merges::*;
pub use mark_intermediary::*;
pub use move_volunteer::*;
pub use register_volunteer::*;
pub use retire_volunteer_role::*;
pub use update_my_offer::*;
pub use volunteer_options::*;
