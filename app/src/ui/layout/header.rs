use crate::api::Logout;
use crate::i18n::*;
use crate::ui::layout::{lang_switch::LangSwitch, nav::Nav, user::use_session_user};
use leptos::prelude::*;

#[component]
pub fn Header() -> impl IntoView {
    let i18n = use_i18n();
    // Rendered on the server only: the navigation is a row of links that scrolls sideways on a
    // phone, so no script is needed to reach it.
    view! {
        <header class="site-header">
            <div class="bar">
                <a class="brand" href="/">
                    <span class="brand-name">{t!(i18n, app_name)}</span>
                    <span class="brand-tagline">{t!(i18n, app_tagline)}</span>
                </a>
                <div class="header-tools">
                    <a class="search-link" href="/search">{t!(i18n, directory.search)}</a>
                    <AccountMenu />
                    <LangSwitch />
                </div>
            </div>
            <Nav />
        </header>
    }
}

#[component]
fn AccountMenu() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session_user();
    let logout = ServerAction::<Logout>::new();
    view! {
        <div class="account-menu" role="group" aria-label=move || t_string!(i18n, account_menu.label)>
            <Transition fallback=|| ()>
                {move || match session.user.get().flatten() {
                    Some(user) => view! {
                        <a class="notifications-link" href="/notifications"
                            aria-label=move || t_string!(i18n, notifications.unread_label, count = crate::ui::components::format::number(user.unread)).to_string()>
                            {t!(i18n, notifications.title)}
                            {(user.unread > 0).then(|| view! {
                                " " <span class="count-badge">{crate::ui::components::format::number(user.unread)}</span>
                            })}
                        </a>
                        <a class="account-link" href="/account">{user.display_name}</a>
                        <ActionForm action=logout attr:novalidate=true attr:class="inline-form">
                            <button type="submit" class="link-button">{t!(i18n, account_menu.sign_out)}</button>
                        </ActionForm>
                    }.into_any(),
                    None => view! {
                        <a href="/login">{t!(i18n, account_menu.sign_in)}</a>
                        <a class="button small" href="/register">{t!(i18n, account_menu.register)}</a>
                    }.into_any(),
                }}
            </Transition>
        </div>
    }
}
