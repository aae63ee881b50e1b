//! Server functions: each establishes who is calling and whether they may touch the object
//! before doing anything. One function per file.
pub mod actions;
pub mod boards;
pub mod centres;
mod change_password;
mod current_user;
pub mod directory;
mod error;
mod get_dashboard;
mod get_email_settings;
mod get_my_work;
mod list_accounts;
mod list_outbox;
mod login;
mod logout;
pub mod meetings;
pub mod pairings;
pub mod projects;
pub mod proposals;
mod register;
pub mod reports;
mod save_email_settings;
pub mod service;
mod set_account_disabled;
mod set_account_role;
pub mod shifts;
pub mod sms;
pub mod veterans;
pub mod volunteers;

pub use change_password::*;
pub use current_user::*;
pub use error::AppError;
pub use get_dashboard::*;
pub use get_email_settings::*;
pub use get_my_work::*;
pub use list_accounts::*;
pub use list_outbox::*;
pub use login::*;
pub use logout::*;
pub use register::*;
pub use save_email_settings::*;
pub use set_account_disabled::*;
pub use set_account_role::*;

/// Where a saved setting of the account page returns: the page, saying which panel was saved
/// (a plain form's answer carries no value the page could show).
#[cfg(feature = "ssr")]
pub(crate) fn back_to_account_saved(panel: &str) {
    leptos_axum::redirect(&format!("/account?saved={panel}#{panel}-heading"));
}
