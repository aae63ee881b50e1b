//! A button that prints the page (minutes, a certificate, a service record, a report).
use leptos::prelude::*;

/// The static script that shows and wires the button, named by its content's hash (the
/// server keeps `/scripts` immutable in caches); `server`'s asset test checks the file exists.
pub const PRINT_SCRIPT: &str = "/scripts/print.9341f30b13.js";

/// Printing needs a script (no inline handlers under our CSP), but not the WASM: a few
/// same-origin lines show the button and call the browser's print. Until they run, and
/// without script, the button stays hidden and the browser's own print does the same.
#[component]
pub fn PrintButton(label: String) -> impl IntoView {
    view! {
        <button type="button" class="button secondary print-button" data-print="" hidden>
            {label}
        </button>
        <script src=PRINT_SCRIPT defer></script>
    }
}
