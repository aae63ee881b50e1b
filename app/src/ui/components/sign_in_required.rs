use crate::i18n::*;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// Shown instead of a page that needs a signed-in person.
#[component]
pub fn SignInRequired() -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    let href = move || format!("/login?next={}", location.pathname.get());
    view! {
        <section class="panel notice">
            <p>{t!(i18n, errors.sign_in_required)}</p>
            <a class="button" href=href>{t!(i18n, account_menu.sign_in)}</a>
        </section>
    }
}
