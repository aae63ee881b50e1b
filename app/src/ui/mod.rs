//! Components: the shell, the layout and one file per page.
pub mod app;
pub mod components;
pub mod islands;
pub mod layout;
pub mod pages;
