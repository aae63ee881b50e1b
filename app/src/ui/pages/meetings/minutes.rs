//! The minutes' text: read by all who may read the meeting, written by those who record it
//! (a save on a stale version is refused, and what was typed stays).
use crate::api::meetings::SaveMinutes;
use crate::i18n::*;
use crate::ui::components::choice_field::TextAreaField;
use crate::ui::components::form_state::{form_errors, form_failure, form_succeeded, FailureAlert};
use crate::ui::components::refresh::refresh_on_success;
use crate::ui::components::version_field::VersionField;
use leptos::prelude::*;

#[component]
pub fn Minutes(meeting: i64, version: i64, text: String, may_record: bool) -> impl IntoView {
    let i18n = use_i18n();
    let shown = if text.is_empty() {
        view! { <p class="muted">{t!(i18n, meetings.no_minutes)}</p> }.into_any()
    } else {
        view! { <p class="prose">{text.clone()}</p> }.into_any()
    };
    view! {
        <section aria-labelledby="minutes-h">
            <h2 id="minutes-h">{t!(i18n, meetings.minutes)}</h2>
            {if may_record {
                view! { <MinutesForm meeting version text /> }.into_any()
            } else {
                shown
            }}
        </section>
    }
}

#[component]
fn MinutesForm(meeting: i64, version: i64, text: String) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<SaveMinutes>::new();
    let errors = form_errors(action.value());
    let failure = form_failure(action.value());
    refresh_on_success(form_succeeded(action.value()));
    view! {
        <p class="prose print-only">{text.clone()}</p>
        <div class="no-print">
            <FailureAlert failure />
            <ActionForm action attr:novalidate=true>
                <input type="hidden" name="meeting" value=meeting />
                <VersionField version errors />
                <TextAreaField name="minutes" rows=8 preset=Some(text) errors>{t!(i18n, meetings.minutes_text)}</TextAreaField>
                <button type="submit" class="button secondary" disabled=move || action.pending().get()>{t!(i18n, meetings.save_minutes)}</button>
            </ActionForm>
        </div>
    }
}
