//! Passwords, sign-in throttling and the caller of a server function.
pub mod caller;
pub mod password;
pub mod throttle;
