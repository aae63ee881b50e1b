//! Server functions of pairings: the list and an organisation's (public), introducing and
//! ending one (officials).
mod end_pairing;
mod introduce_pairing;
mod list_organisation_pairings;
mod list_pairings;

pub use end_pairing::*;
pub use introduce_pairing::*;
pub use list_organisation_pairings::*;
pub use list_pairings::*;
