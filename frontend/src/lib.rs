//! The browser entry. Pages are rendered on the server only; the islands (`#[island]`
//! components in `app`) are the only code compiled here, and the page's loader script hydrates
//! each `<leptos-island>` it finds by calling its exported function.
#![recursion_limit = "256"]

#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    // Links the islands' exported hydration functions into this module.
    app::ui::islands::link();
    // A server function that answers with a redirect (a saved form going on to its page) is
    // followed by an ordinary page load: there is no client-side router.
    let _ = leptos::server_fn::redirect::set_redirect_hook(|to: &str| {
        let location = leptos::prelude::window().location();
        let here = format!(
            "{}{}",
            location.pathname().unwrap_or_default(),
            location.search().unwrap_or_default()
        );
        let _ = location.assign(to);
        // Back to this very page at an anchor: assigning only moves to the anchor, but the
        // page must show what was saved.
        if to.split('#').next() == Some(here.as_str()) {
            let _ = location.reload();
        }
    });
    leptos::mount::hydrate_islands();
}
