//! One file per page.
pub mod account;
pub mod account_email;
pub mod account_sms;
pub mod admin_outbox;
pub mod admin_users;
pub mod boards;
pub mod dashboard;
pub mod directory;
pub mod home;
pub mod login;
pub mod meetings;
pub mod my_work;
pub mod not_found;
pub mod projects;
pub mod proposals;
pub mod register;
