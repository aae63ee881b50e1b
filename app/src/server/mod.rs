//! Server-only code: database access, sessions, accounts. Never compiled into the WASM.
pub mod accounts;
pub mod auth;
pub mod csp;
pub mod db;
pub mod state;

/// Now, as Unix milliseconds: every stored time uses this unit on both databases.
pub fn now_ms() -> i64 {
    chrono::Utc::now().timestamp_millis()
}

/// Logs an unexpected failure with its cause and answers the browser with a generic error: the
/// details stay in the server log.
pub fn internal(error: impl std::fmt::Display) -> leptos::prelude::ServerFnError {
    tracing::error!(%error, "server function failed");
    leptos::prelude::ServerFnError::new("internal error")
}

/// Maps an account operation's failure to the answer a server function gives.
pub fn account_error(error: accounts::AccountError) -> leptos::prelude::ServerFnError {
    match error {
        accounts::AccountError::Forbidden => auth::caller::forbidden(),
        accounts::AccountError::NotFound => leptos::prelude::ServerFnError::new("not found"),
        other => internal(other),
    }
}
