//! Ids must be unique on a page. A part drawn a second time on one page (a card's detail in
//! the board's dialog, beside the board's own forms) gives the ids inside it a prefix:
//! `<Provider value=IdScope("dlg-")>…</Provider>`.
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct IdScope(pub &'static str);

/// `id` within the current scope; call it while a component is being built.
pub fn scoped_id(id: &str) -> String {
    match use_context::<IdScope>() {
        Some(IdScope(prefix)) => format!("{prefix}{id}"),
        None => id.to_string(),
    }
}
