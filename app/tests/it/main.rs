//! The app crate's integration tests, one binary: each file below was its own test binary,
//! and linking them one by one cost minutes and gigabytes of disk on every release build.
#[cfg(feature = "ssr")]
mod common;

mod actions;
mod centres;
mod data_layer;
mod directory;
mod directory_edits;
mod endpoints;
mod proposals;
mod raw_text_elements;
mod volunteers;
mod volunteers_data;
