//! The browser entry: hydrates the server-rendered page.
#![recursion_limit = "256"]

#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    // Lazy: a split-off page's code is fetched before its part of the page hydrates.
    leptos::mount::hydrate_lazy(app::App);
}
