use crate::api::directory::{organisation_options, UpdateOrganisation};
use crate::i18n::*;
use crate::model::directory::OrganisationForm;
use crate::ui::components::check_list::CheckList;
use crate::ui::components::choice_field::TextAreaField;
use crate::ui::components::dimension_checks::DimensionChecks;
use crate::ui::components::field::Field;
use crate::ui::components::form_state::{form_errors, form_failure, FailureAlert};
use crate::ui::components::labels;
use crate::ui::components::version_field::VersionField;
use crate::ui::pages::directory::{id_param, LoadFailed};
use leptos::prelude::*;
use leptos_meta::Title;

/// `/organisations/{id}/edit`: its representatives (and officials) keep the profile current.
#[component]
pub fn EditOrganisationPage() -> impl IntoView {
    let i18n = use_i18n();
    let id = id_param();
    let form = Resource::new(id, organisation_options);
    view! {
        <Title text=move || t_string!(i18n, directory.edit_organisation).to_string() />
        <Transition fallback=|| ()>
            {move || form.get().map(|result| match result {
                Err(error) => view! { <LoadFailed error /> }.into_any(),
                Ok(form) => view! { <ProfileForm form /> }.into_any(),
            })}
        </Transition>
    }
}

#[component]
fn ProfileForm(form: OrganisationForm) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<UpdateOrganisation>::new();
    let errors = form_errors(action.value());
    let failure = form_failure(action.value());
    let OrganisationForm {
        values: v,
        neighbourhoods,
    } = form;
    let places = neighbourhoods
        .into_iter()
        .map(|n| (n.id, n.name))
        .collect::<Vec<_>>();
    let id = v.id;
    view! {
        <nav class="crumbs" aria-label=move || t_string!(i18n, directory.breadcrumbs)>
            <a href="/organisations">{t!(i18n, nav.organisations)}</a>
            <a href=format!("/organisations/{id}")>{v.name.clone()}</a>
        </nav>
        <section class="panel narrow">
            <h1>{t!(i18n, directory.edit_organisation)}</h1>
            <p><span class="badge">{labels::org_kind(v.kind)}</span></p>
            <FailureAlert failure />
            <ActionForm action>
                <input type="hidden" name="id" value=id />
                <VersionField version=v.version errors />
                <Field name="name" required=true preset=Some(v.name.clone()) errors>{t!(i18n, directory.organisation_name)}</Field>
                <Field name="registration_no" dir="ltr" preset=Some(v.registration_no) hint=t!(i18n, directory.registration_hint).into_any() errors>
                    {t!(i18n, directory.registration_no)}
                </Field>
                <DimensionChecks chosen=v.dimensions />
                <Field name="phone" kind="tel" dir="ltr" preset=Some(v.phone) errors>{t!(i18n, directory.phone)}</Field>
                <Field name="email" kind="email" dir="ltr" preset=Some(v.email) errors>{t!(i18n, directory.email)}</Field>
                <Field name="website" dir="ltr" preset=Some(v.website) errors>{t!(i18n, directory.website)}</Field>
                <Field name="address" preset=Some(v.address) errors>{t!(i18n, directory.address)}</Field>
                <TextAreaField name="description" preset=Some(v.description) errors>{t!(i18n, directory.description)}</TextAreaField>
                <CheckList name="neighbourhoods" options=places chosen=v.neighbourhood_ids errors>
                    {t!(i18n, directory.active_in_places)}
                </CheckList>
                <button type="submit" class="button" disabled=move || action.pending().get()>{t!(i18n, directory.save)}</button>
            </ActionForm>
        </section>
    }
}
