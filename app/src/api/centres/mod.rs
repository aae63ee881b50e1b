//! Server functions of centres: the list and page, opening a centre, its requests, and
//! placements (proposed by intermediaries, answered by centres).
mod add_centre_request;
mod answer_placement;
mod centre_options;
mod close_centre_request;
// One server-function argument per form field keeps the plain HTML form working without
// JavaScript; the macro's generated client function repeats them all.
#[allow(clippy::too_many_arguments)]
mod create_centre;
mod get_centre;
mod list_centres;
mod propose_placement;

pub use add_centre_request::*;
pub use answer_placement::*;
pub use centre_options::*;
pub use close_centre_request::*;
pub use create_centre::*;
pub use get_centre::*;
pub use list_centres::*;
pub use propose_placement::*;
