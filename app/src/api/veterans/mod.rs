//! Server functions of the veterans list: the list, and recording an honour or a death.
mod get_veterans;
mod record_death;
mod record_honour;

pub use get_veterans::*;
pub use record_death::*;
pub use record_honour::*;
