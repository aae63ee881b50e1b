use crate::api::directory::RegisterOrganisation;
use crate::domain::codes::OrgKind;
use crate::i18n::*;
use crate::ui::components::choice_field::{SelectField, TextAreaField};
use crate::ui::components::dimension_checks::DimensionChecks;
use crate::ui::components::field::Field;
use crate::ui::components::form_state::{form_errors, form_failure, FailureAlert};
use crate::ui::components::labels;
use crate::ui::components::sign_in_required::SignInRequired;
use crate::ui::layout::user::use_session_user;
use leptos::prelude::*;
use leptos_meta::Title;

/// `/organisations/new`: a representative registers their organisation; it stays pending
/// until the secretariat verifies it.
#[component]
pub fn NewOrganisationPage() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session_user();
    view! {
        <Title text=t_string!(i18n, directory.register_organisation).to_string() />
        <Transition fallback=|| ()>
            // Still loading: nothing yet (a refusal now would set the page's status too early).
            {move || session.user.get().map(|user| match user {
                None => view! { <SignInRequired /> }.into_any(),
                Some(_) => view! { <RegistrationForm /> }.into_any(),
            })}
        </Transition>
    }
}

#[component]
fn RegistrationForm() -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<RegisterOrganisation>::new();
    let errors = form_errors(action.value());
    let failure = form_failure(action.value());
    let kinds: Vec<(String, String)> = OrgKind::ALL
        .iter()
        .map(|k| (k.as_str().to_string(), labels::org_kind(*k)))
        .collect();
    view! {
        <section class="panel narrow">
            <h1>{t!(i18n, directory.register_organisation)}</h1>
            <p class="muted">{t!(i18n, directory.register_intro)}</p>
            <FailureAlert failure />
            <ActionForm action attr:novalidate=true>
                <SelectField name="kind" options=kinds selected="ngo" required=true errors>{t!(i18n, directory.kind)}</SelectField>
                <Field name="name" required=true errors>{t!(i18n, directory.organisation_name)}</Field>
                <Field name="registration_no" dir="ltr" hint=t!(i18n, directory.registration_hint).into_any() errors>{t!(i18n, directory.registration_no)}</Field>
                <DimensionChecks chosen=Vec::new() />
                <Field name="phone" kind="tel" dir="ltr" errors>{t!(i18n, directory.phone)}</Field>
                <Field name="email" kind="email" dir="ltr" errors>{t!(i18n, directory.email)}</Field>
                <Field name="website" dir="ltr" errors>{t!(i18n, directory.website)}</Field>
                <Field name="address" errors>{t!(i18n, directory.address)}</Field>
                <TextAreaField name="description" errors>{t!(i18n, directory.description)}</TextAreaField>
                <button type="submit" class="button" disabled=move || action.pending().get()>{t!(i18n, directory.register_submit)}</button>
            </ActionForm>
        </section>
    }
}
