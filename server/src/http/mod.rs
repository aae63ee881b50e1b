//! HTTP plumbing around the app: cross-site refusal, security and cache headers, language
//! cookie, health check.
pub mod action_photos;
pub mod assets;
pub mod board_events;
pub mod cache;
pub mod documents;
pub mod error_status;
pub mod export;
pub mod form_echo;
pub mod form_text;
pub mod headers;
pub mod health;
pub mod lang;
pub mod logo;
pub mod meeting_invitation;
pub mod origin;
pub mod photos;
pub mod preloads;
pub mod report_files;
pub mod upload;
