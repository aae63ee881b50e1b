//! The islands: the only components compiled to WASM and hydrated in the browser. Every other
//! component renders on the server only, so a page without an island ships no script at all.
//! An island sees nothing the server's components provide: it gets what it needs as props
//! (serialised into the page) and makes its own language context from the locale it is given.
pub mod live_check;
pub mod loader;

use crate::i18n::Locale;
use leptos::prelude::*;
use leptos_i18n::I18nContext;

/// Called by the browser entry, so the islands' exported hydration functions are linked into
/// the WASM module.
pub fn link() {}

/// The language an island speaks: the page's, handed to it as a prop (an island cannot see the
/// server's context, and the browser must not guess from its own settings).
pub fn provide_island_i18n(locale: Locale) -> I18nContext<Locale> {
    let ctx = leptos_i18n::context::init_i18n_subcontext::<Locale>(Some(Signal::stored(locale)));
    provide_context(ctx);
    ctx
}

/// The locale of the page being rendered, for an island's prop.
pub fn page_locale() -> Locale {
    crate::i18n::use_i18n().get_locale_untracked()
}

/// Marks an island's root as running (`data-hydrated="true"`) once its WASM has taken over:
/// what people and tests can wait for.
pub fn hydrated_marker() -> Signal<Option<&'static str>> {
    let ready = RwSignal::new(false);
    Effect::new(move |_| ready.set(true));
    Signal::derive(move || ready.get().then_some("true"))
}
