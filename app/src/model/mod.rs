//! Data exchanged between server functions and components (compiled on both sides).
mod accounts;
pub mod actions;
pub mod assessments;
pub mod boards;
pub mod centres;
pub mod dashboard;
pub mod directory;
pub mod meetings;
pub mod notifications;
pub mod pairings;
pub mod projects;
pub mod proposals;
pub mod reports;
pub mod scores;
pub mod service;
pub mod shifts;
pub mod veterans;
pub mod volunteer_reference;
pub mod volunteers;

pub use accounts::*;
