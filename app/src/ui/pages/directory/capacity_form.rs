use crate::api::directory::{capacity_options, RemoveCapacity, SaveCapacity};
use crate::api::AppError;
use crate::domain::codes::CapacityKind;
use crate::i18n::*;
use crate::model::directory::CapacityForm;
use crate::ui::components::check_list::CheckList;
use crate::ui::components::choice_field::{SelectField, TextAreaField};
use crate::ui::components::field::Field;
use crate::ui::components::form_state::{form_errors, form_failure, FailureAlert};
use crate::ui::components::{format, labels};
use crate::ui::pages::directory::{id_param, LoadFailed};
use leptos::prelude::*;
use leptos_meta::Title;

/// `/organisations/{id}/capacities/new`: record what the organisation can offer, and where.
#[component]
pub fn NewCapacityPage() -> impl IntoView {
    let id = id_param();
    let form = Resource::new(id, |id| capacity_options(Some(id), None));
    view! { <FormPage form /> }
}

/// `/capacities/{id}/edit`: correct a capacity, or remove it.
#[component]
pub fn EditCapacityPage() -> impl IntoView {
    let id = id_param();
    let form = Resource::new(id, |id| capacity_options(None, Some(id)));
    view! { <FormPage form /> }
}

#[component]
fn FormPage(form: Resource<Result<CapacityForm, AppError>>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Title text=t_string!(i18n, directory.capacities).to_string() />
        <Transition fallback=|| ()>
            {move || form.get().map(|result| match result {
                Err(error) => view! { <LoadFailed error /> }.into_any(),
                Ok(form) => view! { <CapacityFields form /> }.into_any(),
            })}
        </Transition>
    }
}

#[component]
fn CapacityFields(form: CapacityForm) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<SaveCapacity>::new();
    let errors = form_errors(action.value());
    let failure = form_failure(action.value());
    let CapacityForm {
        organisation,
        neighbourhoods,
        values,
    } = form;
    let kinds = CapacityKind::ALL
        .iter()
        .map(|k| (k.as_str().to_string(), labels::capacity_kind(*k)))
        .collect::<Vec<_>>();
    let places = neighbourhoods
        .into_iter()
        .map(|n| (n.id, n.name))
        .collect::<Vec<_>>();
    let id = values.as_ref().map(|v| v.id);
    let kind = values.as_ref().map(|v| v.kind.as_str().to_string());
    let quantity = values.as_ref().map(|v| format::number(v.quantity));
    let unit = values.as_ref().map(|v| v.unit.clone());
    let description = values.as_ref().map(|v| v.description.clone());
    let from = values
        .as_ref()
        .and_then(|v| v.available_from.as_deref().map(format::day));
    let until = values
        .as_ref()
        .and_then(|v| v.available_until.as_deref().map(format::day));
    let chosen = values.map(|v| v.neighbourhood_ids).unwrap_or_default();
    let heading = if id.is_some() {
        t_string!(i18n, directory.edit_capacity)
    } else {
        t_string!(i18n, directory.add_capacity)
    };
    view! {
        <nav class="crumbs" aria-label=move || t_string!(i18n, directory.breadcrumbs)>
            <a href="/organisations">{t!(i18n, nav.organisations)}</a>
            <a href=format!("/organisations/{}", organisation.id)>{organisation.name.clone()}</a>
        </nav>
        <section class="panel narrow">
            <h1>{heading}</h1>
            <FailureAlert failure />
            <ActionForm action attr:novalidate=true>
                <input type="hidden" name="organisation_id" value=organisation.id />
                {id.map(|id| view! { <input type="hidden" name="id" value=id /> })}
                <SelectField name="kind" options=kinds selected=kind.unwrap_or_else(|| "volunteers".into()) errors>
                    {t!(i18n, directory.kind)}
                </SelectField>
                <Field name="quantity" required=true preset=quantity hint=t!(i18n, directory.number_hint).into_any() errors>
                    {t!(i18n, directory.quantity)}
                </Field>
                <Field name="unit" preset=unit errors>{t!(i18n, directory.unit)}</Field>
                <TextAreaField name="description" rows=2 preset=description errors>{t!(i18n, directory.description)}</TextAreaField>
                <Field name="available_from" dir="ltr" preset=from hint=t!(i18n, directory.date_hint).into_any() errors>
                    {t!(i18n, directory.available_from)}
                </Field>
                <Field name="available_until" dir="ltr" preset=until errors>{t!(i18n, directory.available_until)}</Field>
                <CheckList name="neighbourhoods" options=places chosen errors>
                    {t!(i18n, directory.covers)}
                </CheckList>
                <button type="submit" class="button" disabled=move || action.pending().get()>{t!(i18n, directory.save)}</button>
            </ActionForm>
        </section>
        {id.map(|id| view! { <RemoveCapacityForm id /> })}
    }
}

/// Removing sits behind a disclosure so it takes a deliberate second step.
#[component]
fn RemoveCapacityForm(id: i64) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<RemoveCapacity>::new();
    let failure = form_failure(action.value());
    view! {
        <section class="panel narrow">
            <details>
                <summary>{t!(i18n, directory.remove_capacity)}</summary>
                <FailureAlert failure />
                <ActionForm action attr:novalidate=true>
                    <input type="hidden" name="id" value=id />
                    <p class="hint">{t!(i18n, directory.remove_confirm)}</p>
                    <button type="submit" class="button danger" disabled=move || action.pending().get()>
                        {t!(i18n, directory.remove_capacity)}
                    </button>
                </ActionForm>
            </details>
        </section>
    }
}
