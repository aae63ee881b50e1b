use super::close_form::CloseForm;
use super::guests::{Guests, Problems};
use super::photos::Photos;
use crate::api::actions::get_action;
use crate::api::reports::SelectAccount;
use crate::domain::action_rules::{percent, ActionState};
use crate::i18n::*;
use crate::model::actions::{ActionDetail, DayVolunteering, TargetView};
use crate::ui::components::form_state::{form_failure, FailureAlert};
use crate::ui::components::{action_labels, format};
use crate::ui::pages::directory::LoadFailed;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

/// `/actions/{id}`: an action with its goals; once closed, planned against achieved with the
/// account of it. Those who run it close it here.
#[component]
pub fn ActionPage() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.with(|p| p.get("id").and_then(|id| id.parse::<i64>().ok()));
    let action = Resource::new(id, |id| async move {
        match id {
            Some(id) => get_action(id).await,
            None => Err(crate::api::AppError::NotFound),
        }
    });
    view! {
        <Transition fallback=|| ()>
            {move || action.get().map(|result| match result {
                Err(error) => view! { <LoadFailed error /> }.into_any(),
                Ok(action) => view! { <Action action /> }.into_any(),
            })}
        </Transition>
    }
}

#[component]
fn Action(action: ActionDetail) -> impl IntoView {
    let i18n = use_i18n();
    let ActionDetail {
        card,
        place,
        summary,
        targets,
        account,
        closed_by,
        closed_at,
        may_manage,
        may_close,
        guests,
        problems,
        boards,
        organisations,
        in_reports,
        volunteering,
        photos,
    } = action;
    let closed = card.state == ActionState::Closed;
    let host = card.centre.clone().map_or_else(
        || {
            (
                format!("/organisations/{}", card.organisation.id),
                card.organisation.name.clone(),
            )
        },
        |c| (format!("/centres/{}", c.id), c.name),
    );
    let id = card.id;
    let attendance = card.attendance;
    view! {
        <Title text=card.title.clone() />
        <nav class="crumbs" aria-label=move || t_string!(i18n, directory.breadcrumbs)>
            {card.campaign.clone().map_or_else(
                || view! { <a href=host.0.clone()><bdi>{host.1.clone()}</bdi></a> }.into_any(),
                |c| view! { <a href=format!("/campaigns/{}", c.id)><bdi>{c.name}</bdi></a> }.into_any(),
            )}
        </nav>
        <h1 dir="auto">{card.title.clone()}</h1>
        <p class="lead">
            {action_labels::kind(card.kind)} " \u{00b7} " {format::day(&card.held_on)} " \u{00b7} "
            <span class="badge">{action_labels::state(card.state)}</span>
            {card.overdue.then(|| view! { " " <span class="badge warn">{t!(i18n, actions.overdue)}</span> })}
        </p>
        <dl class="facts">
            <dt>{t!(i18n, actions.held_by)}</dt>
            <dd><a href=host.0 dir="auto">{host.1}</a></dd>
            <dt>{t!(i18n, actions.neighbourhood)}</dt>
            <dd><a href=format!("/neighbourhoods/{}", card.neighbourhood.id) dir="auto">{card.neighbourhood.name.clone()}</a></dd>
            {(!place.is_empty()).then(|| view! { <dt>{t!(i18n, actions.place)}</dt><dd dir="auto">{place.clone()}</dd> })}
            {attendance.map(|n| view! { <dt>{t!(i18n, actions.attendance)}</dt><dd>{format::number(n)}</dd> })}
        </dl>
        {(!summary.is_empty()).then(|| view! { <p class="prewrap" dir="auto">{summary.clone()}</p> })}
        <section class="panel" aria-labelledby="targets-h" id="outcome">
            <h2 id="targets-h">{if closed { t!(i18n, actions.planned_achieved).into_any() } else { t!(i18n, actions.goals).into_any() }}</h2>
            <Targets targets=targets.clone() closed />
            {closed.then(|| view! {
                <h3>{t!(i18n, actions.account)}</h3>
                <p class="prewrap" dir="auto">{account.clone()}</p>
                <p class="muted">{t!(i18n, actions.closed_by, name = closed_by.clone().unwrap_or_default(), when = closed_at.map(format::date).unwrap_or_default())}</p>
            })}
        </section>
        <Photos action_id=id title=card.title.clone() photos manage=may_manage />
        {volunteering.map(|v| view! { <Volunteering v /> })}
        <Guests action_id=id guests=guests.clone() organisations manage=may_manage open=!closed />
        <Problems action_id=id problems guests boards manage=may_manage />
        {(may_manage && !closed && !may_close).then(|| view! { <p class="muted">{t!(i18n, actions.close_from_day)}</p> })}
        {may_close.then(|| view! { <CloseForm id targets=targets.clone() /> })}
        {in_reports.map(|selected| view! { <InReports id selected /> })}
    }
}

/// The volunteers at the centre on the action's day: its shifts and the hours approved.
#[component]
fn Volunteering(v: DayVolunteering) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="panel" aria-labelledby="day-volunteers-h">
            <h2 id="day-volunteers-h">{t!(i18n, actions.day_volunteers)}</h2>
            {if v.volunteers == 0 {
                view! { <p class="muted">{t!(i18n, actions.no_day_hours)}</p> }.into_any()
            } else {
                view! { <p>{t!(i18n, actions.day_hours, n = format::number(v.volunteers), hours = format::hours(v.minutes))}</p> }.into_any()
            }}
            {if v.shifts.is_empty() {
                view! { <p class="muted">{t!(i18n, actions.no_day_shifts)}</p> }.into_any()
            } else {
                view! {
                    <ul class="plain list">
                        {v.shifts.into_iter().map(|s| view! {
                            <li>
                                <a href=format!("/opportunities/{}#shift-{}", s.opportunity.id, s.shift_id) dir="auto">{s.opportunity.name}</a>
                                " " {format::digits(&s.starts_at)} "\u{2013}" {format::digits(&s.ends_at)} " \u{00b7} "
                                {t!(i18n, actions.shift_seats, booked = format::number(s.booked), came = format::number(s.attended))}
                            </li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}

/// For officials: whether this account goes into the reports of its period, and the switch.
#[component]
fn InReports(id: i64, selected: bool) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<SelectAccount>::new();
    let failure = form_failure(action.value());
    view! {
        <section class="panel" aria-labelledby="report-h">
            <h2 id="report-h">{t!(i18n, reports.in_reports)}</h2>
            <p>{if selected { t!(i18n, reports.account_selected).into_any() } else { t!(i18n, reports.account_not_selected).into_any() }}</p>
            <FailureAlert failure />
            <ActionForm action attr:aria-labelledby="report-h">
                <input type="hidden" name="action" value=id />
                <input type="hidden" name="selected" value=if selected { "0" } else { "1" } />
                <button type="submit" class="button secondary">
                    {if selected { t!(i18n, reports.unselect).into_any() } else { t!(i18n, reports.select).into_any() }}
                </button>
            </ActionForm>
        </section>
    }
}

#[component]
fn Targets(targets: Vec<TargetView>, closed: bool) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="table-wrap"><table class="data compact">
            <caption class="visually-hidden">{t!(i18n, actions.goals)}</caption>
            <thead><tr>
                <th scope="col">{t!(i18n, actions.measure)}</th>
                <th scope="col">{t!(i18n, actions.target)}</th>
                {closed.then(|| view! {
                    <th scope="col">{t!(i18n, actions.achieved)}</th>
                    <th scope="col">{t!(i18n, actions.reached_share)}</th>
                })}
            </tr></thead>
            <tbody>
                {targets.into_iter().map(|t| {
                    let name = if t.label.is_empty() {
                        action_labels::measure(t.measure)
                    } else {
                        format!("{} \u{2014} {}", action_labels::measure(t.measure), t.label)
                    };
                    let share = percent(t.target, t.achieved);
                    let met = t.achieved.is_some_and(|a| a >= t.target);
                    view! {
                        <tr>
                            <td dir="auto">{name}</td>
                            <td>{action_labels::amount(t.measure, t.target)}</td>
                            {closed.then(|| view! {
                                <td>{t.achieved.map(|a| action_labels::amount(t.measure, a)).unwrap_or_default()}</td>
                                <td class:met=met>{t!(i18n, actions.percent, n = format::number(share))}</td>
                            })}
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table></div>
    }
}
