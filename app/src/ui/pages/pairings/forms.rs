//! The officials' pairing forms: introducing two organisations, and ending a pairing.
use crate::api::pairings::{EndPairing, IntroducePairing};
use crate::i18n::*;
use crate::model::directory::Named;
use crate::ui::components::choice_field::{SelectField, TextAreaField};
use crate::ui::components::field::Field;
use crate::ui::components::field_issue::IssueText;
use crate::ui::components::form_state::{form_errors, form_failure, FailureAlert};
use leptos::prelude::*;

#[component]
pub fn IntroduceForm(organisations: Vec<Named>) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<IntroducePairing>::new();
    let errors = form_errors(action.value());
    let failure = form_failure(action.value());
    let choose = (String::new(), t_string!(i18n, pairings.choose).to_string());
    let options: Vec<(String, String)> = std::iter::once(choose)
        .chain(
            organisations
                .into_iter()
                .map(|o| (o.id.to_string(), o.name)),
        )
        .collect();
    view! {
        <section class="panel narrow" aria-labelledby="introduce-h">
            <h2 id="introduce-h">{t!(i18n, pairings.introduce)}</h2>
            <p class="hint">{t!(i18n, pairings.introduce_hint)}</p>
            <FailureAlert failure />
            <ActionForm action attr:novalidate=true attr:aria-labelledby="introduce-h">
                <SelectField name="mentor" options=options.clone() required=true errors>{t!(i18n, pairings.mentor)}</SelectField>
                <SelectField name="mentee" options required=true errors>{t!(i18n, pairings.mentee)}</SelectField>
                <TextAreaField name="offered" errors>{t!(i18n, pairings.offered)}</TextAreaField>
                <TextAreaField name="goals" errors>{t!(i18n, pairings.goals)}</TextAreaField>
                <Field name="starts_on" required=true errors hint=view! { {t!(i18n, pairings.day_hint)} }.into_any()>{t!(i18n, pairings.since)}</Field>
                <button type="submit" class="button">{t!(i18n, pairings.introduce)}</button>
            </ActionForm>
        </section>
    }
}

/// Ends one active pairing; every end form reads the same echo, so each shows only its own.
#[component]
pub fn EndForm(id: i64) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<EndPairing>::new();
    let mine = id.to_string();
    let all = form_errors(action.value());
    let errors = Signal::derive(move || {
        let e = all.get();
        if e.kept("id").is_none_or(|kept| kept == mine) {
            e
        } else {
            Default::default()
        }
    });
    let mine = id.to_string();
    let all_failures = form_failure(action.value());
    let failure = Signal::derive(move || {
        all_failures.get().filter(|f| {
            f.form()
                .and_then(|e| e.kept("id"))
                .is_none_or(|k| k == mine)
        })
    });
    let state_id = format!("pairing-{id}-state");
    let outcome_id = format!("pairing-{id}-outcome");
    let outcome_error = format!("{outcome_id}-error");
    let issue = move |field: &'static str| errors.get().get(field);
    let kept = errors
        .with_untracked(|e| e.kept("outcome").map(str::to_string))
        .unwrap_or_default();
    let ended = errors.with_untracked(|e| e.kept("state") == Some("ended"));
    view! {
        <details class="confirm" open=move || issue("outcome").is_some()>
            <summary>{t!(i18n, pairings.end)}</summary>
            <FailureAlert failure />
            <ActionForm action attr:novalidate=true>
                <input type="hidden" name="id" value=id />
                <div class="field">
                    <label for=state_id.clone()>{t!(i18n, pairings.how_ended)}</label>
                    <select id=state_id name="state">
                        <option value="completed">{t!(i18n, pairings.state_completed)}</option>
                        <option value="ended" selected=ended>{t!(i18n, pairings.state_ended)}</option>
                    </select>
                </div>
                <div class="field" class:invalid=move || issue("outcome").is_some()>
                    <label for=outcome_id.clone()>{t!(i18n, pairings.outcome)}</label>
                    <textarea
                        id=outcome_id
                        name="outcome"
                        rows="3"
                        dir="auto"
                        aria-invalid=move || issue("outcome").is_some().then_some("true")
                        aria-describedby=move || issue("outcome").is_some().then(|| outcome_error.clone())
                    >{crate::ui::components::raw_text::inert(kept)}</textarea>
                    <p class="error" id=format!("pairing-{id}-outcome-error") hidden=move || issue("outcome").is_none()>
                        {move || issue("outcome").map(|issue| view! { <IssueText issue /> })}
                    </p>
                </div>
                <button type="submit" class="button secondary">{t!(i18n, pairings.end)}</button>
            </ActionForm>
        </details>
    }
}
