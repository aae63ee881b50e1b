//! Publishing the minutes, behind a second step: it cannot be undone, and each decision
//! becomes a task on the board.
use crate::api::meetings::PublishMeeting;
use crate::i18n::*;
use crate::ui::components::form_state::{form_errors, form_failure, form_succeeded, FailureAlert};
use crate::ui::components::format;
use crate::ui::components::refresh::refresh_on_success;
use crate::ui::components::version_field::VersionField;
use leptos::prelude::*;

#[component]
pub fn Publish(
    meeting: i64,
    version: i64,
    decisions: usize,
    repeated: Vec<(usize, usize)>,
) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<PublishMeeting>::new();
    let errors = form_errors(action.value());
    let failure = form_failure(action.value());
    refresh_on_success(form_succeeded(action.value()));
    let count = format::number(decisions as i64);
    view! {
        <section class="panel no-print" aria-labelledby="publish-h">
            <h2 id="publish-h">{t!(i18n, meetings.publish)}</h2>
            <p>{t!(i18n, meetings.publish_explained, count = count)}</p>
            {(!repeated.is_empty()).then(|| view! {
                <div class="callout" role="note">
                    <p><strong>{t!(i18n, meetings.repeated_heading)}</strong></p>
                    <ul>
                        {repeated.iter().map(|(n, first)| view! {
                            <li>{t!(i18n, meetings.repeated_decision, n = format::number(*n as i64), first = format::number(*first as i64))}</li>
                        }).collect_view()}
                    </ul>
                </div>
            })}
            <details class="confirm">
                <summary class="button">{t!(i18n, meetings.publish)}</summary>
                <div class="confirm-body">
                <FailureAlert failure />
                <ActionForm action>
                    <input type="hidden" name="meeting" value=meeting />
                    <VersionField version errors />
                    <p>{t!(i18n, meetings.publish_confirm)}</p>
                    <button type="submit" class="button" disabled=move || action.pending().get()>{t!(i18n, meetings.publish_now)}</button>
                </ActionForm>
                </div>
            </details>
        </section>
    }
}
