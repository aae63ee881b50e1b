use crate::api::service::{DecideHours, RecordHours};
use crate::domain::centre_rules::PlacementState;
use crate::domain::service_rules::HoursState;
use crate::i18n::*;
use crate::model::centres::PlacementView;
use crate::model::service::HoursView;
use crate::ui::components::check_list::CheckList;
use crate::ui::components::field::Field;
use crate::ui::components::form_state::{form_errors, form_failure, FailureAlert};
use crate::ui::components::id_scope::IdScope;
use crate::ui::components::reason_field::{echoed_for, ReasonField};
use crate::ui::components::{format, service_labels, volunteer_labels};
use leptos::context::Provider;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// Hours at a centre, for those who manage it: a day recorded for several placed volunteers
/// at once, the days volunteers reported waiting for an answer, and the latest answered.
#[component]
pub fn CentreHours(
    centre_id: i64,
    entries: Vec<HoursView>,
    placements: Vec<PlacementView>,
    decide: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let placed: Vec<(i64, String)> = placements
        .iter()
        .filter(|p| p.state == PlacementState::Accepted)
        .map(|p| {
            (
                p.id,
                format!("{} · {}", p.volunteer.name, volunteer_labels::role(&p.role)),
            )
        })
        .collect();
    let (waiting, answered): (Vec<HoursView>, Vec<HoursView>) = entries
        .into_iter()
        .partition(|h| h.state == HoursState::Pending);
    let failure = form_failure(ServerAction::<DecideHours>::new().value());
    let recorded =
        use_query_map().with_untracked(|q| q.get("recorded").and_then(|n| n.parse::<i64>().ok()));
    view! {
        <section class="panel" aria-labelledby="hours-h">
            <h2 id="hours-h">{t!(i18n, service.centre_heading)}</h2>
            {recorded.map(|n| view! { <p class="notice" role="status">{t!(i18n, service.recorded, n = format::number(n))}</p> })}
            {if placed.is_empty() {
                view! { <p class="muted">{t!(i18n, service.nobody_placed)}</p> }.into_any()
            } else if decide {
                view! { <RecordForm centre_id placed /> }.into_any()
            } else {
                ().into_any()
            }}
            <h3>{t!(i18n, service.waiting)} " " <span class="badge">{format::number(waiting.len() as i64)}</span></h3>
            <FailureAlert failure />
            {if waiting.is_empty() {
                view! { <p class="muted">{t!(i18n, service.nothing_waiting)}</p> }.into_any()
            } else {
                view! {
                    <ul class="cards plain">
                        {waiting.into_iter().map(|h| view! { <WaitingDay h decide /> }).collect_view()}
                    </ul>
                }.into_any()
            }}
            {(!answered.is_empty()).then(|| view! {
                <h3>{t!(i18n, service.answered)}</h3>
                <ul class="plain list">
                    {answered.into_iter().map(|h| view! {
                        <li id=format!("hours-{}", h.id)>
                            <span dir="auto">{h.volunteer.name.clone()}</span> " · " {format::day(&h.served_on)} " · "
                            {t!(i18n, service.hours_count, hours = format::hours(h.minutes))} " "
                            <span class="badge">{service_labels::hours_state(h.state)}</span>
                        </li>
                    }).collect_view()}
                </ul>
            })}
        </section>
    }
}

#[component]
fn RecordForm(centre_id: i64, placed: Vec<(i64, String)>) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<RecordHours>::new();
    let errors = form_errors(action.value());
    let failure = form_failure(action.value());
    let everyone: Vec<i64> = placed.iter().map(|(id, _)| *id).collect();
    view! {
        // The request form above has fields of the same names.
        <Provider value=IdScope("record-")>
        <details open=errors.with_untracked(|e| !e.is_empty())>
            <summary id="record-h">{t!(i18n, service.record)}</summary>
            <p class="hint">{t!(i18n, service.record_hint)}</p>
            <FailureAlert failure />
            <ActionForm action attr:novalidate=true attr:aria-labelledby="record-h">
                <input type="hidden" name="centre_id" value=centre_id />
                <div class="row-fields">
                    <Field name="served_on" required=true errors hint=view! { {t!(i18n, centres.date_hint)} }.into_any()>{t!(i18n, service.day)}</Field>
                    <Field name="hours" required=true errors hint=view! { {t!(i18n, service.hours_hint)} }.into_any()>{t!(i18n, service.hours)}</Field>
                </div>
                <Field name="note" errors>{t!(i18n, service.note)}</Field>
                <CheckList name="placements" options=placed chosen=everyone errors>{t!(i18n, service.who_came)}</CheckList>
                <button type="submit" class="button">{t!(i18n, service.record_button)}</button>
            </ActionForm>
        </details>
        </Provider>
    }
}

#[component]
fn WaitingDay(h: HoursView, decide: bool) -> impl IntoView {
    let i18n = use_i18n();
    let approve = ServerAction::<DecideHours>::new();
    let reject = ServerAction::<DecideHours>::new();
    let errors = form_errors(reject.value());
    let echoed = echoed_for(errors, h.id);
    view! {
        <li class="card" id=format!("hours-{}", h.id)>
            <h4 dir="auto">{h.volunteer.name.clone()}</h4>
            <p class="small">
                {format::day(&h.served_on)} " · " {t!(i18n, service.hours_count, hours = format::hours(h.minutes))}
                " · " {volunteer_labels::role(&h.role)}
            </p>
            {(!h.note.is_empty()).then(|| view! { <p class="small" dir="auto">{h.note.clone()}</p> })}
            {decide.then(|| view! {
            <div class="actions">
                <ActionForm action=approve attr:class="inline">
                    <input type="hidden" name="id" value=h.id />
                    <input type="hidden" name="version" value=h.version />
                    <input type="hidden" name="decision" value="approve" />
                    <button type="submit" class="button small">{t!(i18n, service.approve)}</button>
                </ActionForm>
                <details open=echoed>
                    <summary>{t!(i18n, service.reject)}</summary>
                    <ActionForm action=reject attr:novalidate=true>
                        <input type="hidden" name="id" value=h.id />
                        <input type="hidden" name="version" value=h.version />
                        <input type="hidden" name="decision" value="reject" />
                        <ReasonField prefix="reject" object_id=h.id errors>{t!(i18n, service.reject_reason)}</ReasonField>
                        <button type="submit" class="button danger small">{t!(i18n, service.reject)}</button>
                    </ActionForm>
                </details>
            </div>
            })}
        </li>
    }
}
