//! The Tavana web server: configuration, the HTTP stack around the Leptos app, the command line.
#![recursion_limit = "512"]
pub mod config;
pub mod demo;
pub mod http;
pub mod live;
pub mod mail;
pub mod router;
pub mod sms;
pub mod spreadsheets;
pub mod tasks;
