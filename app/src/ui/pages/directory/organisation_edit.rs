use crate::api::directory::{organisation_options, UpdateOrganisation};
use crate::domain::upload_issues;
use crate::i18n::*;
use crate::model::directory::OrganisationForm;
use crate::ui::components::check_list::CheckList;
use crate::ui::components::choice_field::TextAreaField;
use crate::ui::components::dimension_checks::DimensionChecks;
use crate::ui::components::field::Field;
use crate::ui::components::field_issue::IssueText;
use crate::ui::components::form_state::{form_errors, form_failure, FailureAlert};
use crate::ui::components::labels;
use crate::ui::components::version_field::VersionField;
use crate::ui::pages::directory::{id_param, query_param, LoadFailed};
use leptos::prelude::*;
use leptos_meta::Title;

/// `/organisations/{id}/edit`: its representatives (and officials) keep the profile current.
#[component]
pub fn EditOrganisationPage() -> impl IntoView {
    let i18n = use_i18n();
    let id = id_param();
    let form = Resource::new(id, organisation_options);
    view! {
        <Title text=t_string!(i18n, directory.edit_organisation).to_string() />
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
            <ActionForm action attr:novalidate=true>
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
        <LogoForm id logo=v.logo />
    }
}

/// The logo: a plain multipart form (files do not go through server functions), answered by
/// a redirect back here with the problem, if any, as `logo_error`.
#[component]
fn LogoForm(id: i64, logo: Option<i64>) -> impl IntoView {
    let i18n = use_i18n();
    let problem = query_param("logo_error");
    let issue = move || upload_issues::issue(&problem(), 300, 1);
    let action = format!("/organisations/{id}/logo");
    view! {
        <section class="panel narrow" aria-labelledby="logo-h">
            <h2 id="logo-h">{t!(i18n, directory.logo)}</h2>
            {logo.map(|v| view! {
                <p><img class="logo" src=format!("/organisations/{id}/logo?v={v}") alt="" width="96" height="96" /></p>
            })}
            <form method="post" enctype="multipart/form-data" novalidate=true action=action.clone()>
                <div class="field" class:invalid=move || issue().is_some()>
                    <label for="field-logo">{t!(i18n, directory.upload_logo)}</label>
                    <p class="hint" id="field-logo-hint">{t!(i18n, directory.logo_hint)}</p>
                    <input
                        id="field-logo"
                        type="file"
                        name="logo"
                        accept="image/png,image/jpeg,image/webp"
                        required=true
                        aria-invalid=move || issue().is_some().then_some("true")
                        aria-describedby=move || if issue().is_some() { "field-logo-hint field-logo-error" } else { "field-logo-hint" }
                    />
                    <p class="error" id="field-logo-error" hidden=move || issue().is_none()>
                        {move || issue().map(|issue| view! { <IssueText issue /> })}
                    </p>
                </div>
                <button type="submit" class="button">{t!(i18n, directory.upload_logo)}</button>
            </form>
            {logo.map(|_| view! {
                <details>
                    <summary>{t!(i18n, directory.remove_logo)}</summary>
                    <form method="post" enctype="multipart/form-data" novalidate=true action=action.clone()>
                        <input type="hidden" name="remove" value="1" />
                        <button type="submit" class="button danger">{t!(i18n, directory.remove_logo)}</button>
                    </form>
                </details>
            })}
        </section>
    }
}
