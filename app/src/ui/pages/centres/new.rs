use crate::api::centres::{centre_options, CreateCentre};
use crate::domain::centre_rules::CentreKind;
use crate::i18n::*;
use crate::model::centres::CentreFormOptions;
use crate::ui::components::choice_field::SelectField;
use crate::ui::components::field::Field;
use crate::ui::components::form_state::{form_errors, form_failure, FailureAlert};
use crate::ui::components::sign_in_required::SignInRequired;
use crate::ui::components::volunteer_labels;
use crate::ui::layout::user::use_session_user;
use crate::ui::pages::directory::LoadFailed;
use leptos::prelude::*;
use leptos_meta::Title;

/// `/centres/new`: officials, or a representative for their own organisation, open a centre.
#[component]
pub fn NewCentrePage() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session_user();
    view! {
        <Title text=t_string!(i18n, centres.open_new).to_string() />
        <Transition fallback=|| ()>
            {move || session.user.get().map(|user| match user {
                None => view! { <SignInRequired /> }.into_any(),
                Some(_) => view! { <WithOptions /> }.into_any(),
            })}
        </Transition>
    }
}

#[component]
fn WithOptions() -> impl IntoView {
    let options = Resource::new(|| (), |_| centre_options());
    view! {
        <Transition fallback=|| ()>
            {move || options.get().map(|result| match result {
                Err(error) => view! { <LoadFailed error /> }.into_any(),
                Ok(options) => view! { <CentreForm options /> }.into_any(),
            })}
        </Transition>
    }
}

#[component]
fn CentreForm(options: CentreFormOptions) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<CreateCentre>::new();
    let errors = form_errors(action.value());
    let failure = form_failure(action.value());
    let choose = || (String::new(), t_string!(i18n, centres.choose).to_string());
    let kinds: Vec<(String, String)> = CentreKind::ALL
        .iter()
        .map(|k| (k.as_str().to_string(), volunteer_labels::centre_kind(*k)))
        .collect();
    let places: Vec<(String, String)> = std::iter::once(choose())
        .chain(
            options
                .neighbourhoods
                .into_iter()
                .map(|n| (n.id.to_string(), n.name)),
        )
        .collect();
    let runners: Vec<(String, String)> = std::iter::once(choose())
        .chain(
            options
                .organisations
                .into_iter()
                .map(|o| (o.id.to_string(), o.name)),
        )
        .collect();
    view! {
        <section class="panel narrow">
            <h1>{t!(i18n, centres.open_new)}</h1>
            <FailureAlert failure />
            <ActionForm action attr:novalidate=true>
                <Field name="name" required=true errors>{t!(i18n, centres.name)}</Field>
                <SelectField name="kind" options=kinds selected="neighbourhood_centre" errors>{t!(i18n, centres.kind)}</SelectField>
                <SelectField name="neighbourhood" options=places required=true errors>{t!(i18n, centres.neighbourhood)}</SelectField>
                <SelectField name="organisation" options=runners required=true errors>{t!(i18n, centres.organisation)}</SelectField>
                <Field name="manager" dir="ltr" autocomplete="off" hint=t!(i18n, centres.manager_hint).into_any() errors>{t!(i18n, centres.manager)}</Field>
                <Field name="address" errors>{t!(i18n, centres.address)}</Field>
                <Field name="latitude" dir="ltr" hint=t!(i18n, centres.location_hint).into_any() errors>{t!(i18n, centres.latitude)}</Field>
                <Field name="longitude" dir="ltr" errors>{t!(i18n, centres.longitude)}</Field>
                <button type="submit" class="button">{t!(i18n, centres.create)}</button>
            </ActionForm>
        </section>
    }
}
