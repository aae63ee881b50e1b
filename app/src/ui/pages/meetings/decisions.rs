//! The meeting's decisions: what, who carries it out, by when, and where it stands;
//! once published, each links to the task it became on the board.
use crate::api::meetings::{AddDecision, RemoveDecision};
use crate::i18n::*;
use crate::model::meetings::Decision;
use crate::ui::components::choice_field::{SelectField, TextAreaField};
use crate::ui::components::field::Field;
use crate::ui::components::form_state::{form_errors, form_failure, form_succeeded, FailureAlert};
use crate::ui::components::refresh::refresh_on_success;
use crate::ui::components::{format, meeting_labels};
use leptos::prelude::*;

#[component]
pub fn Decisions(
    meeting: i64,
    decisions: Vec<Decision>,
    responsibles: Vec<(String, String)>,
    may_record: bool,
    published: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let empty = decisions.is_empty();
    view! {
        <section aria-labelledby="decisions-h">
            <h2 id="decisions-h">{t!(i18n, meetings.decisions)}</h2>
            {if empty {
                view! { <p class="muted">{t!(i18n, meetings.no_decisions)}</p> }.into_any()
            } else {
                view! { <DecisionTable meeting decisions may_record published /> }.into_any()
            }}
            {may_record.then(|| view! { <AddDecision meeting responsibles /> })}
        </section>
    }
}

/// The decisions as a table; also what a committee's page lists (`meeting` = 0 shows each
/// decision's meeting).
#[component]
pub fn DecisionTable(
    meeting: i64,
    decisions: Vec<Decision>,
    #[prop(optional)] may_record: bool,
    #[prop(optional)] published: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let remove = ServerAction::<RemoveDecision>::new();
    refresh_on_success(form_succeeded(remove.value()));
    let of_many = meeting == 0;
    view! {
        <div class="table-wrap"><table class="data decisions">
            <thead><tr>
                <th scope="col">{t!(i18n, meetings.decision)}</th>
                {of_many.then(|| view! { <th scope="col">{t!(i18n, meetings.meeting)}</th> })}
                <th scope="col">{t!(i18n, meetings.responsible)}</th>
                <th scope="col">{t!(i18n, meetings.due_on)}</th>
                {(published || of_many).then(|| view! { <th scope="col">{t!(i18n, meetings.status)}</th> })}
                {may_record.then(|| view! { <th scope="col" class="no-print"><span class="visually-hidden">{t!(i18n, meetings.remove)}</span></th> })}
            </tr></thead>
            <tbody>
                {decisions.into_iter().map(|d| {
                    let status = meeting_labels::decision_status(d.status);
                    view! {
                        <tr class=format!("decision-{}", d.status.as_str())>
                            <td>{match d.card_link.clone() {
                                Some(href) => view! { <a href=href>{d.text.clone()}</a> }.into_any(),
                                None => d.text.clone().into_any(),
                            }}</td>
                            {of_many.then(|| view! {
                                <td><a href=format!("/meetings/{}", d.meeting_id)>{d.meeting_title.clone()}</a>" · "{format::day(&d.held_on)}</td>
                            })}
                            <td>{d.responsible.clone()}</td>
                            <td>{format::day(&d.due_on)}</td>
                            {(published || of_many).then(|| view! { <td><span class=format!("badge status-{}", d.status.as_str())>{status}</span></td> })}
                            {may_record.then(|| view! {
                                <td class="no-print">
                                    <ActionForm action=remove attr:class="inline">
                                        <input type="hidden" name="meeting" value=meeting />
                                        <input type="hidden" name="decision" value=d.id />
                                        <button type="submit" class="link-button">{t!(i18n, meetings.remove)}</button>
                                    </ActionForm>
                                </td>
                            })}
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table></div>
    }
}

#[component]
fn AddDecision(meeting: i64, responsibles: Vec<(String, String)>) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<AddDecision>::new();
    let errors = form_errors(action.value());
    let failure = form_failure(action.value());
    refresh_on_success(form_succeeded(action.value()));
    let options = std::iter::once((String::new(), t_string!(i18n, meetings.choose).to_string()))
        .chain(responsibles)
        .collect::<Vec<_>>();
    view! {
        <details class="panel no-print" open=move || !errors.get().is_empty()>
            <summary>{t!(i18n, meetings.add_decision)}</summary>
            <FailureAlert failure />
            <ActionForm action attr:novalidate=true>
                <input type="hidden" name="meeting" value=meeting />
                <TextAreaField name="text" rows=3 errors>{t!(i18n, meetings.decision_text)}</TextAreaField>
                <SelectField name="responsible" options required=true errors>{t!(i18n, meetings.responsible)}</SelectField>
                <Field name="due_on" dir="ltr" required=true hint=t!(i18n, directory.date_hint).into_any() errors>{t!(i18n, meetings.due_on)}</Field>
                <button type="submit" class="button" disabled=move || action.pending().get()>{t!(i18n, meetings.add)}</button>
            </ActionForm>
        </details>
    }
}
