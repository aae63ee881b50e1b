use crate::api::actions::{
    AddIndicator, RecogniseCentre, RecordScores, RemoveIndicator as Remove, ReviewAssessment,
};
use crate::domain::scoring::Source;
use crate::i18n::*;
use crate::model::directory::Named;
use crate::model::scores::AssessmentView;
use crate::ui::components::choice_field::SelectField;
use crate::ui::components::field::Field;
use crate::ui::components::form_state::{form_errors, form_failure, FailureAlert};
use crate::ui::components::{action_labels, format};
use leptos::prelude::*;

/// Adding an indicator: its name, where its value comes from, its weight and, when assessed,
/// the top of its scale.
#[component]
pub fn IndicatorForm(campaign: i64) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<AddIndicator>::new();
    let errors = form_errors(action.value());
    let failure = form_failure(action.value());
    let sources: Vec<(String, String)> = Source::ALL
        .iter()
        .map(|s| (s.as_str().to_string(), action_labels::source(*s)))
        .collect();
    view! {
        <h3 id="add-indicator-h">{t!(i18n, scores.add_indicator)}</h3>
        <FailureAlert failure />
        <ActionForm action attr:novalidate=true attr:aria-labelledby="add-indicator-h">
            <input type="hidden" name="campaign" value=campaign />
            <Field name="indicator_name" required=true errors>{t!(i18n, scores.indicator_name)}</Field>
            <SelectField name="source" options=sources errors>{t!(i18n, scores.source)}</SelectField>
            <Field name="weight" required=true hint=t!(i18n, scores.weight_hint).into_any() errors>{t!(i18n, scores.weight)}</Field>
            <Field name="scale" hint=t!(i18n, scores.scale_hint).into_any() errors>{t!(i18n, scores.scale)}</Field>
            <button type="submit" class="button">{t!(i18n, scores.add_indicator)}</button>
        </ActionForm>
    }
}

/// Removing an indicator takes a second step.
#[component]
pub fn RemoveIndicator(campaign: i64, id: i64) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<Remove>::new();
    view! {
        <details class="confirm">
            <summary aria-describedby=format!("indicator-{id}-name")>{t!(i18n, scores.remove)}</summary>
            <p>{t!(i18n, scores.remove_confirm)}</p>
            <ActionForm action attr:class="inline">
                <input type="hidden" name="campaign" value=campaign />
                <input type="hidden" name="id" value=id />
                <button type="submit" class="button small danger">{t!(i18n, scores.remove_yes)}</button>
            </ActionForm>
        </details>
    }
}

/// An official scores one self-assessment, reading its statement and evidence.
#[component]
pub fn ReviewForm(campaign: i64, assessment: AssessmentView) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<ReviewAssessment>::new();
    let errors = form_errors(action.value());
    let failure = form_failure(action.value());
    let a = assessment;
    let heading = format!("assessment-{}-h", a.id);
    let score_id = format!("score-{}", a.id);
    let note_id = format!("review-note-{}", a.id);
    let error_id = format!("score-{}-error", a.id);
    // Every review form on the page reads the same echo: only the one sent shows its refusal.
    let mine = a.id.to_string();
    let issue = Memo::new(move |_| {
        errors.with(|e| {
            e.kept("id")
                .is_none_or(|id| id == mine)
                .then(|| e.get("score"))
                .flatten()
        })
    });
    view! {
        <article aria-labelledby=heading.clone() id=format!("assessment-{}", a.id)>
            <h3 id=heading.clone() dir="auto">{a.centre.name.clone()} " \u{2014} " {a.indicator.name.clone()}</h3>
            <p class="muted">{format::date(a.submitted_at)}</p>
            <p class="prewrap" dir="auto">{a.statement.clone()}</p>
            {(!a.evidence.is_empty()).then(|| view! {
                <p><strong>{t!(i18n, scores.evidence)}</strong></p>
                <p class="prewrap" dir="auto">{a.evidence.clone()}</p>
            })}
            <FailureAlert failure />
            <ActionForm action attr:novalidate=true attr:aria-labelledby=heading.clone() attr:class="row-fields">
                <input type="hidden" name="campaign" value=campaign />
                <input type="hidden" name="id" value=a.id />
                <label for=score_id.clone()>{t!(i18n, scores.score_of, n = format::number(a.scale))}</label>
                <input type="text" inputmode="numeric" size="4" id=score_id name="score"
                    aria-invalid=move || issue.get().is_some().then_some("true")
                    aria-describedby=move || issue.get().is_some().then(|| format!("score-{}-error", a.id)) />
                <label for=note_id.clone()>{t!(i18n, scores.review_note)}</label>
                <input type="text" id=note_id name="review_note" dir="auto" />
                <button type="submit" class="button">{t!(i18n, scores.give_score)}</button>
                <p class="error" id=error_id hidden=move || issue.get().is_none()>
                    {move || issue.get().map(|issue| view! { <crate::ui::components::field_issue::IssueText issue /> })}
                </p>
            </ActionForm>
        </article>
    }
}

/// Recording the scores as they stand, with a note (a late correction shows against it).
#[component]
pub fn RecordForm(campaign: i64) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<RecordScores>::new();
    let errors = form_errors(action.value());
    let failure = form_failure(action.value());
    view! {
        <section class="panel" aria-labelledby="record-h">
            <h2 id="record-h">{t!(i18n, scores.record)}</h2>
            <p class="hint">{t!(i18n, scores.record_hint)}</p>
            <FailureAlert failure />
            <ActionForm action attr:novalidate=true attr:aria-labelledby="record-h">
                <input type="hidden" name="campaign" value=campaign />
                <Field name="note" errors>{t!(i18n, scores.record_note)}</Field>
                <button type="submit" class="button">{t!(i18n, scores.record)}</button>
            </ActionForm>
        </section>
    }
}

/// Recognising centres: a citation for each, or withdrawing it.
#[component]
pub fn RecognitionForms(campaign: i64, centres: Vec<(Named, Option<String>)>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="panel" aria-labelledby="recognise-h">
            <h2 id="recognise-h">{t!(i18n, scores.recognise)}</h2>
            <p class="hint">{t!(i18n, scores.recognise_hint)}</p>
            <ul class="plain list">
                {centres.into_iter().map(|(c, citation)| view! { <li><Recognition campaign centre=c citation /></li> }).collect_view()}
            </ul>
        </section>
    }
}

#[component]
fn Recognition(campaign: i64, centre: Named, citation: Option<String>) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<RecogniseCentre>::new();
    let all = form_failure(action.value());
    let mine = centre.id.to_string();
    // Every recognition form reads the same echo: only the one sent shows its refusal.
    let failure = Signal::derive(move || {
        all.get().filter(|f| {
            f.form()
                .and_then(|e| e.kept("centre"))
                .is_none_or(|c| c == mine)
        })
    });
    let input_id = format!("citation-{}", centre.id);
    let name_id = format!("recognise-{}-name", centre.id);
    let recognised = citation.is_some();
    view! {
        <FailureAlert failure />
        <ActionForm action attr:class="row-fields">
            <input type="hidden" name="campaign" value=campaign />
            <input type="hidden" name="centre" value=centre.id />
            <input type="hidden" name="recognise" value=if recognised { "0" } else { "1" } />
            <strong id=name_id.clone() dir="auto">{centre.name.clone()}</strong>
            {if recognised {
                view! {
                    <span class="badge">{t!(i18n, scores.recognised)}</span>
                    <span dir="auto">{citation.clone().unwrap_or_default()}</span>
                    <button type="submit" class="button small secondary" aria-describedby=name_id.clone()>{t!(i18n, scores.withdraw)}</button>
                }.into_any()
            } else {
                view! {
                    <label for=input_id.clone()>{t!(i18n, scores.citation)}</label>
                    <input type="text" id=input_id name="citation" dir="auto" />
                    <button type="submit" class="button small" aria-describedby=name_id.clone()>{t!(i18n, scores.recognise_one)}</button>
                }.into_any()
            }}
        </ActionForm>
    }
}
