//! The script that loads the WASM and hydrates the islands, written only on a page that has an
//! island: a visitor's page without one downloads no script at all.
use leptos::prelude::*;

/// What the shell hands the page so that a page with islands can write the loader.
#[derive(Clone)]
pub struct IslandLoader {
    #[cfg(feature = "ssr")]
    options: LeptosOptions,
}

/// Provided by the shell for the request being rendered.
#[cfg(feature = "ssr")]
pub fn provide_island_loader(options: LeptosOptions) {
    // Nothing outside an island is hydrated, so nothing outside one is serialised into the page.
    if let Some(context) = Owner::current_shared_context() {
        context.set_is_hydrating(false);
    }
    provide_context(IslandLoader { options });
}

/// The loader, placed once by a page that renders islands, beside them: it finds and hydrates
/// every island of the page by itself. (Once: a page's view may be built more than once
/// before it is written, so "the first island writes it" cannot be counted while building.)
#[component]
pub fn IslandScripts() -> impl IntoView {
    #[cfg(feature = "ssr")]
    {
        use_context::<IslandLoader>()
            .map(|loader| view! { <HydrationScripts options=loader.options islands=true /> })
    }
    #[cfg(not(feature = "ssr"))]
    {
        None::<()>
    }
}
