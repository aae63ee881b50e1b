//! `/projects/new` (officials): a project defined straight from a committee's decision, without
//! a proposal; saving opens its assignment form.
use crate::api::projects::{decision_committees, CreateProject};
use crate::i18n::*;
use crate::model::directory::Named;
use crate::ui::components::choice_field::{SelectField, TextAreaField};
use crate::ui::components::field::Field;
use crate::ui::components::form_state::{form_errors, form_failure, FailureAlert};
use crate::ui::pages::directory::{staff, Gate, LoadFailed};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn NewProjectPage() -> impl IntoView {
    let i18n = use_i18n();
    let committees = Resource::new(|| (), |_| decision_committees());
    view! {
        <Title text=t_string!(i18n, projects.from_decision).to_string() />
        <Gate admits=staff>
            <h1>{t!(i18n, projects.from_decision)}</h1>
            <p class="hint">{t!(i18n, projects.from_decision_intro)}</p>
            <Transition fallback=|| ()>
                {move || committees.get().map(|result| match result {
                    Err(error) => view! { <LoadFailed error /> }.into_any(),
                    Ok(list) => view! { <DecisionForm committees=list /> }.into_any(),
                })}
            </Transition>
        </Gate>
    }
}

#[component]
fn DecisionForm(committees: Vec<Named>) -> impl IntoView {
    let i18n = use_i18n();
    let create = ServerAction::<CreateProject>::new();
    let errors = form_errors(create.value());
    let failure = form_failure(create.value());
    let mut options = vec![(String::new(), t_string!(i18n, directory.choose).to_string())];
    options.extend(committees.into_iter().map(|c| (c.id.to_string(), c.name)));
    view! {
        <FailureAlert failure />
        // novalidate: the server's localised message beside the field, not the browser's bubble.
        <ActionForm action=create attr:class="panel" attr:novalidate=true>
            <SelectField name="committee_id" options required=true errors>
                {t!(i18n, proposals.committee)}
            </SelectField>
            <Field name="title" required=true errors>{t!(i18n, proposals.title)}</Field>
            <TextAreaField name="decision" rows=5 errors>{t!(i18n, projects.decision)}</TextAreaField>
            <button type="submit" class="button" disabled=move || create.pending().get()>
                {t!(i18n, projects.define)}
            </button>
        </ActionForm>
    }
}
