use crate::domain::permissions::{may, Action, Actor, Section, Target};
use crate::i18n::*;
use crate::ui::components::sign_in_required::SignInRequired;
use crate::ui::layout::{nav::section_name, user::use_session_user};
use leptos::prelude::*;
use leptos_meta::Title;

/// A section that later work fills; it already answers only those who may open it.
#[component]
pub fn ComingSoon(section: Section) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session_user();
    view! {
        <Title text=move || section_name(section) />
        <Transition fallback=|| ()>
            {move || {
                let user = session.user.get().flatten();
                let actor = user.as_ref().map(|u| Actor::new(u.id, u.role));
                if may(actor.as_ref(), Action::Open(section), Target::Portal) {
                    view! {
                        <h1>{section_name(section)}</h1>
                        <section class="panel empty-state">
                            <p>{t!(i18n, coming.body)}</p>
                            <a class="button secondary" href="/">{t!(i18n, coming.back_home)}</a>
                        </section>
                    }.into_any()
                } else if user.is_none() {
                    view! { <SignInRequired /> }.into_any()
                } else {
                    view! { <section class="panel notice"><p>{t!(i18n, errors.forbidden)}</p></section> }.into_any()
                }
            }}
        </Transition>
    }
}
