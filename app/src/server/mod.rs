//! Server-only code: database access, sessions, accounts. Never compiled into the WASM.
pub mod accounts;
pub mod actions;
pub mod assessments;
pub mod auth;
pub mod boards;
pub mod centres;
pub mod clock;
pub mod csp;
pub mod dashboard;
pub mod db;
pub mod digests;
pub mod directory;
pub mod email;
pub mod export_table;
pub mod form_echo;
pub mod meetings;
pub mod my_work;
pub mod notifications;
pub mod pairings;
pub mod projects;
pub mod proposals;
pub mod reminders;
pub mod reports;
pub mod service;
pub mod shifts;
pub mod sms;
pub mod state;
pub mod stored_files;
pub mod uploads;
pub mod volunteers;

use crate::api::AppError;

/// Now, as Unix milliseconds: every stored time uses this unit on both databases.
pub fn now_ms() -> i64 {
    clock::now_ms()
}

/// Today's date in Iran (UTC+3:30), as the ISO day memberships and capacities are stored with.
pub fn today_iso() -> String {
    let tehran = chrono::FixedOffset::east_opt(crate::domain::jalali::IRAN_OFFSET_SECONDS)
        .expect("valid offset");
    chrono::DateTime::from_timestamp_millis(now_ms())
        .unwrap_or_default()
        .with_timezone(&tehran)
        .format("%Y-%m-%d")
        .to_string()
}

/// Logs an unexpected failure with its cause and answers the browser with a generic error: the
/// details stay in the server log.
pub fn internal(error: impl std::fmt::Display) -> AppError {
    tracing::error!(%error, "server function failed");
    AppError::Internal
}

impl From<db::DbError> for AppError {
    fn from(error: db::DbError) -> Self {
        match error {
            db::DbError::NotFound => AppError::NotFound,
            db::DbError::Conflict => AppError::Conflict,
            other => internal(other),
        }
    }
}

impl From<accounts::AccountError> for AppError {
    fn from(error: accounts::AccountError) -> Self {
        match error {
            accounts::AccountError::Forbidden => AppError::Forbidden,
            accounts::AccountError::NotFound => AppError::NotFound,
            other => internal(other),
        }
    }
}

/// Refuses anyone but an admin (the outboxes): sign in first, or not yours to see.
pub(crate) fn admin_only(
    actor: Option<&crate::domain::permissions::Actor>,
) -> Result<(), crate::api::AppError> {
    use crate::domain::permissions::{may, Action, Section, Target};
    match actor {
        None => Err(crate::api::AppError::SignInRequired),
        Some(a) if !may(Some(a), Action::Open(Section::Admin), Target::Portal) => {
            Err(crate::api::AppError::Forbidden)
        }
        Some(_) => Ok(()),
    }
}
