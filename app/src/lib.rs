//! Tavana: components, routes, server functions and domain rules. Server-only code sits behind
//! the `ssr` feature.
#![recursion_limit = "256"]

pub mod api;
pub mod domain;
pub mod model;
#[cfg(feature = "ssr")]
pub mod server;
pub mod ui;

// Typed translations generated from `locales/*.json` by `build.rs` (defines `mod i18n`).
include!(concat!(env!("OUT_DIR"), "/i18n/mod.rs"));

#[cfg(feature = "ssr")]
pub use ui::app::shell;
pub use ui::app::App;
