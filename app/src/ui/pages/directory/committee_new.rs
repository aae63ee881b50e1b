use crate::api::directory::CreateCommittee;
use crate::domain::codes::Dimension;
use crate::i18n::*;
use crate::ui::components::choice_field::{SelectField, TextAreaField};
use crate::ui::components::field::Field;
use crate::ui::components::form_state::{form_errors, form_failure, FailureAlert};
use crate::ui::components::labels;
use crate::ui::pages::directory::StaffOnly;
use leptos::prelude::*;
use leptos_meta::Title;

/// `/committees/new`: an official creates a committee.
#[component]
pub fn NewCommitteePage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Title text=move || t_string!(i18n, directory.new_committee).to_string() />
        <StaffOnly>
            <NewCommitteeForm />
        </StaffOnly>
    }
}

#[component]
fn NewCommitteeForm() -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<CreateCommittee>::new();
    let errors = form_errors(action.value());
    let failure = form_failure(action.value());
    let mut options = vec![(String::new(), t_string!(i18n, directory.choose).to_string())];
    options.extend(
        Dimension::ALL
            .iter()
            .map(|d| (d.as_str().to_string(), labels::dimension(*d))),
    );
    view! {
        <nav class="crumbs" aria-label=move || t_string!(i18n, directory.breadcrumbs)>
            <a href="/committees">{t!(i18n, nav.committees)}</a>
        </nav>
        <section class="panel narrow">
            <h1>{t!(i18n, directory.new_committee)}</h1>
            <FailureAlert failure />
            <ActionForm action>
                <Field name="name" required=true errors>{t!(i18n, directory.name)}</Field>
                <SelectField name="dimension" options errors>{t!(i18n, directory.dimension)}</SelectField>
                <TextAreaField name="mandate" errors>{t!(i18n, directory.mandate)}</TextAreaField>
                <button type="submit" class="button" disabled=move || action.pending().get()>{t!(i18n, directory.create)}</button>
            </ActionForm>
        </section>
    }
}
