use crate::api::directory::{neighbourhood_options, SaveNeighbourhood};
use crate::api::AppError;
use crate::i18n::*;
use crate::model::directory::{NeighbourhoodEdit, NeighbourhoodForm};
use crate::ui::components::choice_field::{SelectField, TextAreaField};
use crate::ui::components::field::Field;
use crate::ui::components::form_state::{form_errors, form_failure, FailureAlert};
use crate::ui::components::format;
use crate::ui::components::version_field::VersionField;
use crate::ui::pages::directory::{id_param, LoadFailed, StaffOnly};
use leptos::prelude::*;
use leptos_meta::Title;

/// `/neighbourhoods/new`: an official adds a neighbourhood with its facts and main problems.
#[component]
pub fn NewNeighbourhoodPage() -> impl IntoView {
    let form = Resource::new(|| (), |_| neighbourhood_options(None));
    view! { <FormPage form /> }
}

/// `/neighbourhoods/{id}/edit`: an official corrects a neighbourhood's facts.
#[component]
pub fn EditNeighbourhoodPage() -> impl IntoView {
    let id = id_param();
    let form = Resource::new(id, |id| neighbourhood_options(Some(id)));
    view! { <FormPage form /> }
}

#[component]
fn FormPage(form: Resource<Result<NeighbourhoodForm, AppError>>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Title text=t_string!(i18n, directory.neighbourhood).to_string() />
        <StaffOnly>
            <Transition fallback=|| ()>
                {move || form.get().map(|result| match result {
                    Err(error) => view! { <LoadFailed error /> }.into_any(),
                    Ok(form) => view! { <NeighbourhoodFields form /> }.into_any(),
                })}
            </Transition>
        </StaffOnly>
    }
}

/// The saved values as the form shows them (numbers in the reader's digits).
fn presets(v: &Option<NeighbourhoodEdit>) -> Vec<Option<String>> {
    let Some(v) = v else {
        return vec![None; 13];
    };
    let count = |n: Option<i64>| n.map(format::number);
    let real = |x: Option<f64>| x.map(|x| format::digits(&x.to_string()));
    vec![
        Some(v.name.clone()),
        Some(v.city.clone()),
        Some(v.county.clone()),
        Some(v.district.clone()),
        count(v.population),
        count(v.households),
        real(v.area_hectares),
        real(v.latitude),
        real(v.longitude),
        Some(v.problems[0].clone()),
        Some(v.problems[1].clone()),
        Some(v.problems[2].clone()),
        Some(v.problems[3].clone()),
    ]
}

#[component]
fn NeighbourhoodFields(form: NeighbourhoodForm) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<SaveNeighbourhood>::new();
    let errors = form_errors(action.value());
    let failure = form_failure(action.value());
    let NeighbourhoodForm { offices, values } = form;
    let p = presets(&values);
    let mut choices = vec![(String::new(), t_string!(i18n, directory.none).to_string())];
    choices.extend(offices.into_iter().map(|o| (o.id.to_string(), o.name)));
    let office = values
        .as_ref()
        .and_then(|v| v.facilitation_office_id)
        .map(|id| id.to_string())
        .unwrap_or_default();
    let editing = values.as_ref().map(|v| (v.id, v.version, v.name.clone()));
    let heading = if editing.is_some() {
        t_string!(i18n, directory.edit_neighbourhood)
    } else {
        t_string!(i18n, directory.new_neighbourhood)
    };
    view! {
        <nav class="crumbs" aria-label=move || t_string!(i18n, directory.breadcrumbs)>
            <a href="/neighbourhoods">{t!(i18n, nav.neighbourhoods)}</a>
            {editing.clone().map(|(id, _, name)| view! { <a href=format!("/neighbourhoods/{id}")>{name}</a> })}
        </nav>
        <section class="panel narrow">
            <h1>{heading}</h1>
            <FailureAlert failure />
            <ActionForm action attr:novalidate=true>
                {editing.map(|(id, version, _)| view! {
                    <input type="hidden" name="id" value=id />
                    <VersionField version errors />
                })}
                <Field name="name" required=true preset=p[0].clone() errors>{t!(i18n, directory.name)}</Field>
                <Field name="city" required=true preset=p[1].clone() errors>{t!(i18n, directory.city)}</Field>
                <Field name="county" preset=p[2].clone() errors>{t!(i18n, directory.county)}</Field>
                <Field name="district" preset=p[3].clone() errors>{t!(i18n, directory.district)}</Field>
                <Field name="population" preset=p[4].clone() errors hint=t!(i18n, directory.number_hint).into_any()>{t!(i18n, directory.population)}</Field>
                <Field name="households" preset=p[5].clone() errors>{t!(i18n, directory.households)}</Field>
                <Field name="area_hectares" preset=p[6].clone() errors>{t!(i18n, directory.area)}</Field>
                <Field name="latitude" dir="ltr" preset=p[7].clone() errors>{t!(i18n, directory.latitude)}</Field>
                <Field name="longitude" dir="ltr" preset=p[8].clone() errors>{t!(i18n, directory.longitude)}</Field>
                <SelectField name="facilitation_office" options=choices selected=office errors>
                    {t!(i18n, directory.facilitation_office)}
                </SelectField>
                <TextAreaField name="problems_social" rows=2 preset=p[9].clone() errors>{t!(i18n, directory.problems)} " — " {t!(i18n, codes.dimension_social)}</TextAreaField>
                <TextAreaField name="problems_economic" rows=2 preset=p[10].clone() errors>{t!(i18n, directory.problems)} " — " {t!(i18n, codes.dimension_economic)}</TextAreaField>
                <TextAreaField name="problems_physical" rows=2 preset=p[11].clone() errors>{t!(i18n, directory.problems)} " — " {t!(i18n, codes.dimension_physical)}</TextAreaField>
                <TextAreaField name="problems_environmental" rows=2 preset=p[12].clone() errors>{t!(i18n, directory.problems)} " — " {t!(i18n, codes.dimension_environmental)}</TextAreaField>
                <button type="submit" class="button" disabled=move || action.pending().get()>{t!(i18n, directory.save)}</button>
            </ActionForm>
        </section>
    }
}
