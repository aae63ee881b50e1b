//! What every page shares: header, navigation, language switch, footer, the signed-in person.
pub mod footer;
pub mod header;
pub mod lang_switch;
pub mod nav;
pub mod user;
