use crate::api::projects::{ChangeProjectStatus, PostUpdate, RecordFollowUp, TickMilestone};
use crate::domain::project_rules::{needs_reason, FollowUpAction, ProjectMove};
use crate::i18n::*;
use crate::model::projects::MilestoneEntry;
use crate::ui::components::choice_field::{RadioChoice, SelectField, TextAreaField};
use crate::ui::components::field::Field;
use crate::ui::components::form_state::{form_errors, form_failure, form_succeeded, FailureAlert};
use crate::ui::components::refresh::refresh_on_success;
use crate::ui::components::{format, project_labels};
use leptos::prelude::*;

/// The plan's milestones with their due days; the lead and partners tick them.
#[component]
pub fn Milestones(milestones: Vec<MilestoneEntry>, may_tick: bool) -> impl IntoView {
    let i18n = use_i18n();
    let tick = ServerAction::<TickMilestone>::new();
    let failure = form_failure(tick.value());
    refresh_on_success(form_succeeded(tick.value()));
    view! {
        <section class="panel" aria-labelledby="milestones-h">
            <h2 id="milestones-h">{t!(i18n, projects.milestones)}</h2>
            <FailureAlert failure />
            {if milestones.is_empty() {
                view! { <p class="muted">{t!(i18n, projects.no_milestones)}</p> }.into_any()
            } else {
                view! {
                    <ul class="plain list">
                        {milestones.into_iter().map(|m| {
                            let done = m.done_on.is_some();
                            view! {
                                <li class="row-actions">
                                    <span class=if done { "badge ok" } else { "badge" }>
                                        {if done { t_string!(i18n, projects.done) } else { t_string!(i18n, projects.open) }}
                                    </span>
                                    <span dir="auto">{m.title.clone()}</span>
                                    <span class="muted small">
                                        {t!(i18n, projects.due, day = format::day(&m.due_on))}
                                        " · " {t!(i18n, projects.weight, n = move || format::number(m.weight))}
                                    </span>
                                    {may_tick.then(|| view! {
                                        <ActionForm action=tick attr:novalidate=true attr:class="inline-form">
                                            <input type="hidden" name="id" value=m.id />
                                            {(!done).then(|| view! { <input type="hidden" name="done" value="true" /> })}
                                            <button type="submit" class="button secondary small">
                                                {if done { t_string!(i18n, projects.reopen) } else { t_string!(i18n, projects.tick) }}
                                            </button>
                                        </ActionForm>
                                    })}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}

/// The status moves the caller may make, with a reason where one is required.
#[component]
pub fn StatusForm(id: i64, moves: Vec<ProjectMove>) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<ChangeProjectStatus>::new();
    let errors = form_errors(action.value());
    let failure = form_failure(action.value());
    refresh_on_success(form_succeeded(action.value()));
    let any_reason = moves.iter().any(|m| needs_reason(*m));
    let choices = moves
        .iter()
        .map(|m| (m.as_str(), project_labels::action(*m)))
        .collect::<Vec<_>>();
    view! {
        <section class="panel" aria-labelledby="status-h">
            <h2 id="status-h">{t!(i18n, projects.status_change)}</h2>
            <FailureAlert failure />
            <ActionForm action attr:novalidate=true>
                <input type="hidden" name="id" value=id />
                <RadioChoice name="action" id_prefix="status" options=choices errors>
                    {t!(i18n, proposals.choose_step)}
                </RadioChoice>
                {any_reason.then(|| view! {
                    <TextAreaField name="reason" rows=2 errors>{t!(i18n, proposals.reason)}</TextAreaField>
                })}
                <button type="submit" class="button" disabled=move || action.pending().get()>{t!(i18n, proposals.do_step)}</button>
            </ActionForm>
        </section>
    }
}

/// A progress report by the lead or a partner.
#[component]
pub fn UpdateForm(id: i64) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<PostUpdate>::new();
    let errors = form_errors(action.value());
    let failure = form_failure(action.value());
    refresh_on_success(form_succeeded(action.value()));
    view! {
        <section class="panel" aria-labelledby="update-h">
            <h2 id="update-h">{t!(i18n, projects.report)}</h2>
            <FailureAlert failure />
            <ActionForm action attr:novalidate=true>
                <input type="hidden" name="id" value=id />
                <Field name="reported_on" dir="ltr" required=true hint=t!(i18n, directory.date_hint).into_any() errors>
                    {t!(i18n, projects.report_day)}
                </Field>
                <Field name="percent" required=true hint=t!(i18n, projects.percent_hint).into_any() errors>
                    {t!(i18n, projects.percent_done)}
                </Field>
                <TextAreaField name="body" rows=3 errors>{t!(i18n, projects.report_text)}</TextAreaField>
                <button type="submit" class="button" disabled=move || action.pending().get()>{t!(i18n, projects.send_report)}</button>
            </ActionForm>
        </section>
    }
}

/// What an official did about the project; the lead agency is told.
#[component]
pub fn FollowUpForm(id: i64) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<RecordFollowUp>::new();
    let errors = form_errors(action.value());
    let failure = form_failure(action.value());
    refresh_on_success(form_succeeded(action.value()));
    let actions = FollowUpAction::ALL
        .iter()
        .map(|a| (a.as_str().to_string(), project_labels::follow_up(*a)))
        .collect::<Vec<_>>();
    view! {
        <section class="panel" aria-labelledby="follow-h">
            <h2 id="follow-h">{t!(i18n, projects.record_follow_up)}</h2>
            <FailureAlert failure />
            <ActionForm action attr:novalidate=true>
                <input type="hidden" name="id" value=id />
                <SelectField name="action" options=actions selected="called".to_string() errors>{t!(i18n, projects.follow_action)}</SelectField>
                <TextAreaField name="note" rows=2 errors>{t!(i18n, projects.follow_note)}</TextAreaField>
                <button type="submit" class="button secondary" disabled=move || action.pending().get()>{t!(i18n, projects.record_follow_up)}</button>
            </ActionForm>
        </section>
    }
}
