//! Data exchanged between server functions and components (compiled on both sides).
mod accounts;
pub mod directory;

pub use accounts::*;
