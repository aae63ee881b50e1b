use crate::api::directory::{person_options, SavePerson};
use crate::api::AppError;
use crate::i18n::*;
use crate::model::directory::PersonForm;
use crate::ui::components::choice_field::SelectField;
use crate::ui::components::field::Field;
use crate::ui::components::form_state::{form_errors, form_failure, FailureAlert};
use crate::ui::components::version_field::VersionField;
use crate::ui::pages::directory::{id_param, LoadFailed, StaffOnly};
use leptos::prelude::*;
use leptos_meta::Title;

/// `/people/new`: an official adds an expert or a member's profile.
#[component]
pub fn NewPersonPage() -> impl IntoView {
    let form = Resource::new(|| (), |_| person_options(None));
    view! { <FormPage form /> }
}

/// `/people/{id}/edit`: an official corrects a profile or links it to an account.
#[component]
pub fn EditPersonPage() -> impl IntoView {
    let id = id_param();
    let form = Resource::new(id, |id| person_options(Some(id)));
    view! { <FormPage form /> }
}

#[component]
fn FormPage(form: Resource<Result<PersonForm, AppError>>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Title text=t_string!(i18n, directory.person).to_string() />
        <StaffOnly>
            <Transition fallback=|| ()>
                {move || form.get().map(|result| match result {
                    Err(error) => view! { <LoadFailed error /> }.into_any(),
                    Ok(form) => view! { <PersonFields form /> }.into_any(),
                })}
            </Transition>
        </StaffOnly>
    }
}

#[component]
fn PersonFields(form: PersonForm) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<SavePerson>::new();
    let errors = form_errors(action.value());
    let failure = form_failure(action.value());
    let PersonForm {
        organisations,
        values: v,
    } = form;
    let mut choices = vec![(
        String::new(),
        t_string!(i18n, directory.independent).to_string(),
    )];
    choices.extend(
        organisations
            .into_iter()
            .map(|o| (o.id.to_string(), o.name)),
    );
    let chosen = v
        .as_ref()
        .and_then(|v| v.organisation_id)
        .map(|id| id.to_string())
        .unwrap_or_default();
    let editing = v.as_ref().map(|v| (v.id, v.version, v.name.clone()));
    let text =
        |f: fn(&crate::model::directory::PersonEdit) -> &String| v.as_ref().map(|v| f(v).clone());
    let (name, affiliation, expertise) = (
        text(|v| &v.name),
        text(|v| &v.affiliation),
        text(|v| &v.expertise),
    );
    let (phone, email, username) = (
        text(|v| &v.phone),
        text(|v| &v.email),
        text(|v| &v.username),
    );
    let heading = if editing.is_some() {
        t_string!(i18n, directory.edit_person)
    } else {
        t_string!(i18n, directory.new_person)
    };
    view! {
        {editing.clone().map(|(id, _, name)| view! {
            <nav class="crumbs" aria-label=move || t_string!(i18n, directory.breadcrumbs)>
                <a href=format!("/people/{id}")>{name}</a>
            </nav>
        })}
        <section class="panel narrow">
            <h1>{heading}</h1>
            <FailureAlert failure />
            <ActionForm action attr:novalidate=true>
                {editing.map(|(id, version, _)| view! {
                    <input type="hidden" name="id" value=id />
                    <VersionField version errors />
                })}
                <Field name="name" required=true preset=name errors>{t!(i18n, directory.name)}</Field>
                <SelectField name="organisation" options=choices selected=chosen errors>{t!(i18n, directory.organisation)}</SelectField>
                <Field name="affiliation" preset=affiliation errors>{t!(i18n, directory.affiliation)}</Field>
                <Field name="expertise" preset=expertise errors>{t!(i18n, directory.expertise)}</Field>
                <Field name="phone" kind="tel" dir="ltr" preset=phone errors>{t!(i18n, directory.phone)}</Field>
                <Field name="email" kind="email" dir="ltr" preset=email errors>{t!(i18n, directory.email)}</Field>
                <Field name="username" dir="ltr" autocomplete="off" preset=username hint=t!(i18n, directory.account_hint).into_any() errors>
                    {t!(i18n, directory.account)}
                </Field>
                <button type="submit" class="button" disabled=move || action.pending().get()>{t!(i18n, directory.save)}</button>
            </ActionForm>
        </section>
    }
}
