use crate::api::proposals::{assessment_options, RecordAssessment};
use crate::domain::assessment_rules::AssessmentMethod;
use crate::domain::codes::Dimension;
use crate::domain::validation::FormErrors;
use crate::i18n::*;
use crate::model::directory::Named;
use crate::ui::components::choice_field::{SelectField, TextAreaField};
use crate::ui::components::field::Field;
use crate::ui::components::field_issue::IssueText;
use crate::ui::components::form_state::{form_errors, form_failure, FailureAlert};
use crate::ui::components::{labels, proposal_labels};
use crate::ui::pages::directory::{id_param, LoadFailed};
use leptos::prelude::*;
use leptos_meta::Title;

/// Rows offered for ranked needs (blank rows are skipped).
const NEED_ROWS: usize = 5;

/// `/neighbourhoods/{id}/assessments/new`: an organisation records what it found there.
#[component]
pub fn NewAssessmentPage() -> impl IntoView {
    let i18n = use_i18n();
    let id = id_param();
    let options = Resource::new(|| (), |_| assessment_options());
    view! {
        <Title text=t_string!(i18n, assessments.record).to_string() />
        <Transition fallback=|| ()>
            {move || options.get().map(|result| match result {
                Err(error) => view! { <LoadFailed error /> }.into_any(),
                Ok((mine, places)) => view! { <AssessmentFields neighbourhood=id() mine places /> }.into_any(),
            })}
        </Transition>
    }
}

#[component]
fn AssessmentFields(neighbourhood: i64, mine: Vec<Named>, places: Vec<Named>) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<RecordAssessment>::new();
    let errors = form_errors(action.value());
    let failure = form_failure(action.value());
    let place = places.iter().find(|p| p.id == neighbourhood).cloned();
    let methods = AssessmentMethod::ALL
        .iter()
        .map(|m| (m.as_str().to_string(), proposal_labels::method(*m)))
        .collect::<Vec<_>>();
    let organisations = mine
        .into_iter()
        .map(|o| (o.id.to_string(), o.name))
        .collect::<Vec<_>>();
    let needs_issue = move || errors.get().get("needs");
    view! {
        <nav class="crumbs" aria-label=move || t_string!(i18n, directory.breadcrumbs)>
            <a href="/neighbourhoods">{t!(i18n, nav.neighbourhoods)}</a>
            {place.clone().map(|p| view! { <a href=format!("/neighbourhoods/{}", p.id)>{p.name}</a> })}
        </nav>
        <section class="panel narrow">
            <h1>{t!(i18n, assessments.record)}</h1>
            <FailureAlert failure />
            <ActionForm action attr:novalidate=true>
                <input type="hidden" name="neighbourhood_id" value=neighbourhood />
                {if organisations.len() > 1 {
                    view! { <SelectField name="organisation_id" options=organisations.clone() errors>{t!(i18n, assessments.by)}</SelectField> }.into_any()
                } else {
                    let only = organisations.first().map(|(id, _)| id.clone()).unwrap_or_default();
                    view! { <input type="hidden" name="organisation_id" value=only /> }.into_any()
                }}
                <Field name="assessed_on" dir="ltr" required=true hint=t!(i18n, directory.date_hint).into_any() errors>
                    {t!(i18n, assessments.day)}
                </Field>
                <SelectField name="method" options=methods selected="survey".to_string() errors>{t!(i18n, assessments.method)}</SelectField>
                <Field name="households" hint=t!(i18n, directory.number_hint).into_any() errors>{t!(i18n, assessments.households)}</Field>
                <TextAreaField name="findings" rows=4 errors>{t!(i18n, assessments.findings)}</TextAreaField>
                <fieldset class="field" class:invalid=move || needs_issue().is_some()
                    aria-describedby=move || needs_issue().is_some().then_some("field-needs-error")>
                    <legend>{t!(i18n, assessments.needs)}</legend>
                    <p class="hint">{t!(i18n, assessments.needs_hint)}</p>
                    {(0..NEED_ROWS).map(|i| view! { <NeedRow i errors /> }).collect_view()}
                    <p class="error" id="field-needs-error" hidden=move || needs_issue().is_none()>
                        {move || needs_issue().map(|issue| view! { <IssueText issue /> })}
                    </p>
                </fieldset>
                <button type="submit" class="button" disabled=move || action.pending().get()>{t!(i18n, directory.save)}</button>
            </ActionForm>
        </section>
    }
}

/// One ranked need: its text and dimension, refilled from the echo after a refusal.
#[component]
fn NeedRow(i: usize, errors: Signal<FormErrors>) -> impl IntoView {
    let i18n = use_i18n();
    let kept = |key: String| errors.with_untracked(|e| e.kept(&key).map(str::to_string));
    let text = kept(format!("need_{i}")).unwrap_or_default();
    let chosen = kept(format!("need_dimension_{i}")).unwrap_or_else(|| "social".into());
    let rank = i + 1;
    view! {
        <div class="need-row">
            <label for=format!("need-{i}")>{t!(i18n, assessments.need_n, n = move || crate::ui::components::format::number(rank as i64))}</label>
            <input id=format!("need-{i}") name="needs[]" value=text dir="auto" />
            <label class="visually-hidden" for=format!("need-dimension-{i}")>
                {t!(i18n, assessments.need_dimension, n = move || crate::ui::components::format::number(rank as i64))}
            </label>
            <select id=format!("need-dimension-{i}") name="need_dimensions[]">
                {Dimension::ALL.iter().map(|d| view! {
                    <option value=d.as_str() selected=chosen == d.as_str()>{labels::dimension(*d)}</option>
                }).collect_view()}
            </select>
        </div>
    }
}
