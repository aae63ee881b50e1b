use crate::api::directory::CreateNeighbourhood;
use crate::i18n::*;
use crate::ui::components::choice_field::TextAreaField;
use crate::ui::components::field::Field;
use crate::ui::components::form_state::{form_errors, form_failure, FailureAlert};
use crate::ui::pages::directory::StaffOnly;
use leptos::prelude::*;
use leptos_meta::Title;

/// `/neighbourhoods/new`: an official adds a neighbourhood with its facts and main problems.
#[component]
pub fn NewNeighbourhoodPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Title text=move || t_string!(i18n, directory.new_neighbourhood).to_string() />
        <StaffOnly>
            <NeighbourhoodForm />
        </StaffOnly>
    }
}

#[component]
fn NeighbourhoodForm() -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<CreateNeighbourhood>::new();
    let errors = form_errors(action.value());
    let failure = form_failure(action.value());
    view! {
        <nav class="crumbs" aria-label=move || t_string!(i18n, directory.breadcrumbs)>
            <a href="/neighbourhoods">{t!(i18n, nav.neighbourhoods)}</a>
        </nav>
        <section class="panel narrow">
            <h1>{t!(i18n, directory.new_neighbourhood)}</h1>
            <FailureAlert failure />
            <ActionForm action>
                <Field name="name" required=true errors>{t!(i18n, directory.name)}</Field>
                <Field name="city" required=true errors>{t!(i18n, directory.city)}</Field>
                <Field name="county" errors>{t!(i18n, directory.county)}</Field>
                <Field name="district" errors>{t!(i18n, directory.district)}</Field>
                <Field name="population" errors hint=t!(i18n, directory.number_hint).into_any()>{t!(i18n, directory.population)}</Field>
                <Field name="households" errors>{t!(i18n, directory.households)}</Field>
                <Field name="area_hectares" errors>{t!(i18n, directory.area)}</Field>
                <Field name="latitude" dir="ltr" errors>{t!(i18n, directory.latitude)}</Field>
                <Field name="longitude" dir="ltr" errors>{t!(i18n, directory.longitude)}</Field>
                <TextAreaField name="problems_social" rows=2 errors>{t!(i18n, directory.problems)} " — " {t!(i18n, codes.dimension_social)}</TextAreaField>
                <TextAreaField name="problems_economic" rows=2 errors>{t!(i18n, directory.problems)} " — " {t!(i18n, codes.dimension_economic)}</TextAreaField>
                <TextAreaField name="problems_physical" rows=2 errors>{t!(i18n, directory.problems)} " — " {t!(i18n, codes.dimension_physical)}</TextAreaField>
                <TextAreaField name="problems_environmental" rows=2 errors>{t!(i18n, directory.problems)} " — " {t!(i18n, codes.dimension_environmental)}</TextAreaField>
                <button type="submit" class="button" disabled=move || action.pending().get()>{t!(i18n, directory.create)}</button>
            </ActionForm>
        </section>
    }
}
