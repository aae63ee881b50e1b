//! Components: the shell, the layout and one file per page.
pub mod app;
pub mod components;
pub mod layout;
pub mod lazy_pages;
pub mod pages;
