use crate::api::directory::{AddRepresentative, RemoveRepresentative};
use crate::i18n::*;
use crate::model::directory::Representative;
use crate::ui::components::field::Field;
use crate::ui::components::form_state::{form_errors, form_failure, form_succeeded, FailureAlert};
use crate::ui::components::refresh::refresh_on_success;
use leptos::prelude::*;

/// An organisation's representatives, for its first representative and admins: the list,
/// removing one (behind a disclosure), and adding an account by username.
#[component]
pub fn Representatives(organisation_id: i64, people: Vec<Representative>) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<AddRepresentative>::new();
    let errors = form_errors(action.value());
    let failure = form_failure(action.value());
    refresh_on_success(form_succeeded(action.value()));
    view! {
        <section class="panel" aria-labelledby="reps-h">
            <h2 id="reps-h">{t!(i18n, directory.representatives)}</h2>
            <p class="hint">{t!(i18n, directory.representatives_hint)}</p>
            <ul class="plain list seats">
                {people.into_iter().map(|p| view! { <RepresentativeRow organisation_id person=p /> }).collect_view()}
            </ul>
            <h3>{t!(i18n, directory.add_representative)}</h3>
            <FailureAlert failure />
            <ActionForm action attr:novalidate=true attr:class="seat-end">
                <input type="hidden" name="organisation_id" value=organisation_id />
                <Field name="username" dir="ltr" autocomplete="off" required=true errors>{t!(i18n, directory.username)}</Field>
                <button type="submit" class="button" disabled=move || action.pending().get()>{t!(i18n, directory.add)}</button>
            </ActionForm>
        </section>
    }
}

#[component]
fn RepresentativeRow(organisation_id: i64, person: Representative) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<RemoveRepresentative>::new();
    let failure = form_failure(action.value());
    refresh_on_success(form_succeeded(action.value()));
    view! {
        <li>
            <span>{person.name.clone()}</span> " "
            <span class="muted small" dir="ltr">"@" {person.username.clone()}</span>
            {person.is_manager.then(|| view! { " " <span class="badge">{t!(i18n, directory.manager)}</span> })}
            {(!person.is_manager).then(|| view! {
                <details>
                    <summary>{t!(i18n, directory.remove_representative)}</summary>
                    <FailureAlert failure />
                    <ActionForm action attr:novalidate=true attr:class="seat-end">
                        <input type="hidden" name="organisation_id" value=organisation_id />
                        <input type="hidden" name="user_id" value=person.user_id />
                        <p class="hint">{t!(i18n, directory.remove_representative_confirm)}</p>
                        <button type="submit" class="button danger" disabled=move || action.pending().get()>
                            {t!(i18n, directory.remove_representative)}
                        </button>
                    </ActionForm>
                </details>
            })}
        </li>
    }
}
