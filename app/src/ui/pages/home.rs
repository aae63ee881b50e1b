use crate::i18n::*;
use crate::model::SessionUser;
use crate::ui::layout::user::use_session_user;
use crate::ui::pages::account::role_name;
use crate::ui::pages::my_work::MyWork;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn HomePage() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session_user();
    view! {
        <Title text=t_string!(i18n, home.title).to_string() />
        <Transition fallback=|| ()>
            {move || match session.user.get().flatten() {
                Some(user) => view! { <MemberHome user /> }.into_any(),
                None => view! { <VisitorHome /> }.into_any(),
            }}
        </Transition>
    }
}

#[component]
fn VisitorHome() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="hero">
            <h1>{t!(i18n, home.intro_heading)}</h1>
            <p>{t!(i18n, home.intro_1)}</p>
            <p>{t!(i18n, home.intro_2)}</p>
            <p class="actions">
                <a class="button" href="/committees">{t!(i18n, home.browse_directory)}</a>
                <a class="button secondary" href="/projects">{t!(i18n, home.browse_projects)}</a>
            </p>
        </section>
    }
}

#[component]
fn MemberHome(user: SessionUser) -> impl IntoView {
    let i18n = use_i18n();
    let name = user.display_name.clone();
    let role = user.role;
    view! {
        <h1>{t!(i18n, home.welcome, name = move || name.clone())}</h1>
        <p class="muted">{t!(i18n, home.your_role, role = move || role_name(role))}</p>
        <MyWork />
    }
}
