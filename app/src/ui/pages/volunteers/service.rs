use crate::api::service::{EditHours, ReportHours};
use crate::domain::centre_rules::PlacementState;
use crate::i18n::*;
use crate::model::centres::PlacementView;
use crate::model::service::{HoursView, ServiceRecord};
use crate::ui::components::choice_field::SelectField;
use crate::ui::components::field::Field;
use crate::ui::components::form_state::{form_errors, form_failure, FailureAlert};
use crate::ui::components::id_scope::IdScope;
use crate::ui::components::{format, service_labels, volunteer_labels};
use leptos::context::Provider;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// The volunteer's service on their own page: totals, the form to report a day, every day
/// reported (each can be changed; a change waits for the centre again), their certificates.
#[component]
pub fn ServiceSection(record: ServiceRecord, placements: Vec<PlacementView>) -> impl IntoView {
    let i18n = use_i18n();
    let placed: Vec<PlacementView> = placements
        .into_iter()
        .filter(|p| p.state == PlacementState::Accepted)
        .collect();
    let query = use_query_map();
    let echoed = form_errors(ServerAction::<EditHours>::new().value())
        .with_untracked(|e| e.kept("id").and_then(|id| id.parse::<i64>().ok()));
    let editing = echoed
        .or_else(|| query.with_untracked(|q| q.get("edit").and_then(|id| id.parse::<i64>().ok())));
    let edited = editing.and_then(|id| {
        record
            .hours
            .iter()
            .find(|h| h.id == id && h.placement_id.is_some())
            .cloned()
    });
    view! {
        <section class="panel" aria-labelledby="hours-h">
            <h2 id="hours-h">{t!(i18n, service.heading)}</h2>
            <ServiceTotals record=record.clone() />
            {if placed.is_empty() {
                view! { <p class="muted">{t!(i18n, service.not_placed)}</p> }.into_any()
            } else {
                view! { <ReportForm placed /> }.into_any()
            }}
            {edited.map(|entry| view! { <EditForm entry /> })}
            <HoursList list=record.hours.clone() editable=true />
            <p><a href="/volunteers/me/record">{t!(i18n, service.open_record)}</a></p>
        </section>
        <CertificateList list=record.certificates.clone() />
    }
}

/// Hours approved and waiting, the period, and where and as what.
#[component]
pub fn ServiceTotals(record: ServiceRecord) -> impl IntoView {
    let i18n = use_i18n();
    let centres = format::list(
        record
            .by_centre
            .iter()
            .map(|(c, m)| format!("{} ({})", c.name, format::hours(*m))),
    );
    let roles = format::list(
        record
            .by_role
            .iter()
            .map(|(r, m)| format!("{} ({})", volunteer_labels::role(r), format::hours(*m))),
    );
    let period = record.first_on.clone().zip(record.last_on.clone());
    view! {
        <dl class="facts">
            <dt>{t!(i18n, service.approved)}</dt>
            <dd>{t!(i18n, service.hours_count, hours = format::hours(record.approved_minutes))}</dd>
            {(record.pending_minutes > 0).then(|| view! {
                <dt>{t!(i18n, service.pending)}</dt>
                <dd>{t!(i18n, service.hours_count, hours = format::hours(record.pending_minutes))}</dd>
            })}
            {period.map(|(first, last)| view! {
                <dt>{t!(i18n, service.period)}</dt>
                <dd>{format::day(&first)} " – " {format::day(&last)}</dd>
            })}
            {(!record.by_centre.is_empty()).then(|| view! {
                <dt>{t!(i18n, service.centres)}</dt><dd dir="auto">{centres.clone()}</dd>
                <dt>{t!(i18n, service.roles)}</dt><dd>{roles.clone()}</dd>
            })}
        </dl>
    }
}

#[component]
fn ReportForm(placed: Vec<PlacementView>) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<ReportHours>::new();
    let errors = form_errors(action.value());
    let failure = form_failure(action.value());
    let options: Vec<(String, String)> = placed
        .iter()
        .map(|p| {
            let label = format!("{} · {}", p.centre.name, volunteer_labels::role(&p.role));
            (p.id.to_string(), label)
        })
        .collect();
    view! {
        <h3 id="report-h">{t!(i18n, service.report)}</h3>
        <FailureAlert failure />
        <ActionForm action attr:novalidate=true attr:aria-labelledby="report-h">
            <div class="row-fields">
                <SelectField name="placement" options errors>{t!(i18n, service.where_served)}</SelectField>
                <Field name="served_on" required=true errors hint=view! { {t!(i18n, centres.date_hint)} }.into_any()>{t!(i18n, service.day)}</Field>
                <Field name="hours" required=true errors hint=view! { {t!(i18n, service.hours_hint)} }.into_any()>{t!(i18n, service.hours)}</Field>
            </div>
            <Field name="note" errors>{t!(i18n, service.note)}</Field>
            <button type="submit" class="button">{t!(i18n, service.send)}</button>
        </ActionForm>
    }
}

/// The one day being changed (chosen with its "change" link, or the one a failed change was
/// about); its fields start from what is stored.
#[component]
fn EditForm(entry: HoursView) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<EditHours>::new();
    let errors = form_errors(action.value());
    let failure = form_failure(action.value());
    let title = format!("{} · {}", entry.centre.name, format::day(&entry.served_on));
    view! {
        <Provider value=IdScope("edit-")>
            <div class="panel inset" id="edit-h" role="group" aria-labelledby="edit-title">
                <h3 id="edit-title" dir="auto">{t!(i18n, service.change_heading)} ": " {title}</h3>
                <p class="hint">{t!(i18n, service.change_hint)}</p>
                <FailureAlert failure />
                <ActionForm action attr:novalidate=true>
                    <input type="hidden" name="id" value=entry.id />
                    <input type="hidden" name="version" value=entry.version />
                    <div class="row-fields">
                        <Field name="served_on" required=true errors preset=Some(format::day_input(&entry.served_on))>{t!(i18n, service.day)}</Field>
                        <Field name="hours" required=true errors preset=Some(format::hours_input(entry.minutes))>{t!(i18n, service.hours)}</Field>
                    </div>
                    <Field name="note" errors preset=Some(entry.note.clone())>{t!(i18n, service.note)}</Field>
                    <div class="actions">
                        <button type="submit" class="button">{t!(i18n, service.save_change)}</button>
                        <a href="/volunteers/me#hours-h">{t!(i18n, service.cancel)}</a>
                    </div>
                </ActionForm>
            </div>
        </Provider>
    }
}

/// Days of service, latest first; the volunteer's own can be changed.
#[component]
pub fn HoursList(list: Vec<HoursView>, editable: bool) -> impl IntoView {
    let i18n = use_i18n();
    if list.is_empty() {
        return view! { <p class="muted">{t!(i18n, service.no_hours)}</p> }.into_any();
    }
    view! {
        <div class="table-wrap"><table class="data">
            <caption class="visually-hidden">{t!(i18n, service.days_caption)}</caption>
            <thead><tr>
                <th scope="col">{t!(i18n, service.day)}</th>
                <th scope="col">{t!(i18n, service.centre)}</th>
                <th scope="col">{t!(i18n, service.hours)}</th>
                <th scope="col">{t!(i18n, service.state)}</th>
                {editable.then(|| view! { <th scope="col"><span class="visually-hidden">{t!(i18n, service.change)}</span></th> })}
            </tr></thead>
            <tbody>
                {list.into_iter().map(|h| view! {
                    <tr id=format!("hours-{}", h.id)>
                        <td>{format::day(&h.served_on)}</td>
                        <td dir="auto">{h.centre.name.clone()} <span class="small muted">" · " {volunteer_labels::role(&h.role)}</span>
                            {(!h.note.is_empty()).then(|| view! { <br /><span class="small" dir="auto">{h.note.clone()}</span> })}
                        </td>
                        <td>{format::hours(h.minutes)}</td>
                        <td>
                            <span class="badge">{service_labels::hours_state(h.state)}</span>
                            {(!h.reason.is_empty()).then(|| view! { <br /><span class="small" dir="auto">{h.reason.clone()}</span> })}
                        </td>
                        {editable.then(|| if h.placement_id.is_some() {
                            view! { <td><a href=format!("/volunteers/me?edit={}#edit-h", h.id)>{t!(i18n, service.change)}</a></td> }.into_any()
                        } else {
                            // The centre's record of a shift is not the volunteer's to change.
                            view! { <td class="small muted">{t!(i18n, shifts.attended)}</td> }.into_any()
                        })}
                    </tr>
                }).collect_view()}
            </tbody>
        </table></div>
    }
    .into_any()
}

/// Certificates with their codes; a revoked one says so.
#[component]
pub fn CertificateList(list: Vec<crate::model::service::CertificateView>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="panel" aria-labelledby="certificates-h">
            <h2 id="certificates-h">{t!(i18n, service.certificates)}</h2>
            {if list.is_empty() {
                view! { <p class="muted">{t!(i18n, service.no_certificates)}</p> }.into_any()
            } else {
                view! {
                    <ul class="plain list">
                        {list.into_iter().map(|c| view! {
                            <li>
                                <a href=format!("/certificates/{}", c.code) dir="ltr">{c.code.clone()}</a> " · "
                                {service_labels::basis(c.basis, c.threshold)} " · "
                                {format::date(c.issued_at)}
                                {c.revoked_at.map(|_| view! { " " <span class="badge danger">{t!(i18n, service.revoked)}</span> })}
                            </li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}
