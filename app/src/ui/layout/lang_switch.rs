use crate::i18n::*;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// Switches between Persian and English with a plain form, so it works without JavaScript;
/// the server stores the choice in a cookie and renders the page again.
#[component]
pub fn LangSwitch() -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    let next = move || {
        let search = location.search.get();
        let search = search.trim_start_matches('?');
        if search.is_empty() {
            location.pathname.get()
        } else {
            format!("{}?{search}", location.pathname.get())
        }
    };
    let target = move || match i18n.get_locale() {
        Locale::fa => "en",
        Locale::en => "fa",
    };
    view! {
        <form method="post" action="/lang" class="lang-switch">
            <input type="hidden" name="locale" value=target />
            <input type="hidden" name="next" value=next />
            <button type="submit" class="link-button" lang=target title=move || t_string!(i18n, lang.switch_hint)>
                {t!(i18n, lang.switch_to)}
            </button>
        </form>
    }
}
