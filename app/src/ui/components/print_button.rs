//! A button that prints the page (minutes, a certificate, a service record), with the page's
//! island loader.
use crate::ui::islands::hydrated_marker;
use crate::ui::islands::loader::IslandScripts;
use leptos::prelude::*;

#[component]
pub fn PrintButton(label: String) -> impl IntoView {
    view! {
        <IslandScripts />
        <PrintPage label />
    }
}

/// Printing needs the WASM (no inline handlers under our CSP), so the button appears once it
/// runs; before, the browser's own print does the same. A tiny island: its label comes from
/// the server, so it carries no translations.
#[island]
fn PrintPage(label: String) -> impl IntoView {
    let ready = hydrated_marker();
    view! {
        <button
            type="button"
            class="button secondary print-button"
            data-hydrated=ready
            hidden=move || ready.get().is_none()
            on:click=move |_| {
                let _ = window().print();
            }
        >
            {label}
        </button>
    }
}
