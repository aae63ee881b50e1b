use super::suggestions::{PlacementList, Suggestions};
use crate::api::service::IssueCertificate;
use crate::api::volunteers::MoveVolunteer;
use crate::domain::volunteer_rules::{VolunteerMove, VolunteerState};
use crate::i18n::*;
use crate::model::volunteers::{IntermediaryRoster, VolunteerView};
use crate::ui::components::availability_grid::WeekSummary;
use crate::ui::components::form_state::{form_errors, form_failure, FailureAlert};
use crate::ui::components::pager::Pager;
use crate::ui::components::reason_field::{echoed_for, ReasonField};
use crate::ui::components::{format, volunteer_labels};
use leptos::prelude::*;

/// One intermediary institution's volunteers, by state; those waiting longest first, with the
/// days they have waited and the next move.
#[component]
pub fn Roster(
    roster: IntermediaryRoster,
    /// The name searched for, carried by the roster's own links.
    query: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let IntermediaryRoster {
        intermediary,
        applied,
        verified,
        active,
        inactive,
        totals,
        state,
        page,
        pages,
    } = roster;
    let heading = format!("roster-{}", intermediary.id);
    let labelled_by = heading.clone();
    let total = |s: VolunteerState| totals.iter().find(|(t, _)| *t == s).map_or(0, |(_, n)| *n);
    let groups: Vec<(VolunteerState, &str, Vec<VolunteerView>)> = [
        (
            VolunteerState::Applied,
            t_string!(i18n, volunteers.applied_heading),
            applied,
        ),
        (
            VolunteerState::Verified,
            t_string!(i18n, volunteers.verified_heading),
            verified,
        ),
        (
            VolunteerState::Active,
            t_string!(i18n, volunteers.active_heading),
            active,
        ),
        (
            VolunteerState::Inactive,
            t_string!(i18n, volunteers.inactive_heading),
            inactive,
        ),
    ]
    .into_iter()
    .filter(|(s, _, _)| state.is_none_or(|one| one == *s))
    .collect();
    let roster_id = intermediary.id;
    let searched = if query.is_empty() {
        String::new()
    } else {
        format!("q={}&", crate::ui::components::pager::urlencode(&query))
    };
    let failure = form_failure(ServerAction::<MoveVolunteer>::new().value());
    let issue_failure = form_failure(ServerAction::<IssueCertificate>::new().value());
    view! {
        <section class="panel" aria-labelledby=labelled_by>
            <h2 id=heading>{t!(i18n, volunteers.roster, name = intermediary.name.clone())}</h2>
            <FailureAlert failure />
            <FailureAlert failure=issue_failure />
            {state.is_some().then(|| view! {
                <p><a href=format!("/volunteers?{searched}#roster-{roster_id}")>{t!(i18n, volunteers.every_state)}</a></p>
            })}
            {groups.into_iter().map(|(s, title, people)| {
                let all = total(s);
                let more = (state.is_none() && all > people.len() as i64).then(|| view! {
                    <p><a href=format!("/volunteers?{searched}state={}#roster-{roster_id}", s.as_str())>
                        {t!(i18n, volunteers.see_all, count = format::number(all))}
                    </a></p>
                });
                view! {
                <h3>{title} " " <span class="badge">{format::number(all)}</span></h3>
                {if people.is_empty() {
                    view! { <p class="muted">{t!(i18n, volunteers.nobody)}</p> }.into_any()
                } else {
                    view! {
                        <ul class="cards plain">
                            {people.into_iter().map(|v| view! { <VolunteerCard v /> }).collect_view()}
                        </ul>
                    }.into_any()
                }}
                {more}
                }
            }).collect_view()}
            {state.map(|s| view! {
                <Pager page pages href=move |p| format!("/volunteers?{searched}state={}&page={p}#roster-{roster_id}", s.as_str()) />
            })}
        </section>
    }
}

#[component]
fn VolunteerCard(v: VolunteerView) -> impl IntoView {
    let i18n = use_i18n();
    let roles = format::list(v.roles.iter().map(volunteer_labels::role));
    let steps: Vec<VolunteerMove> = match v.state {
        VolunteerState::Applied => vec![VolunteerMove::Verify],
        VolunteerState::Verified => vec![VolunteerMove::Activate],
        VolunteerState::Inactive => vec![VolunteerMove::Activate],
        VolunteerState::Active => Vec::new(),
    };
    let may_stop = v.state != VolunteerState::Inactive;
    let former =
        v.private_note.as_deref() == Some(crate::domain::volunteer_rules::FORMER_RECIPIENT);
    view! {
        <li class="card" id=format!("volunteer-{}", v.id)>
            <h4 dir="auto">{v.name.clone()}</h4>
            <p class="small">
                {v.days_waiting.map(|days| view! {
                    <span class="badge warning">{t!(i18n, volunteers.waiting_days, days = format::number(days))}</span> " "
                })}
                {former.then(|| view! { <span class="badge">{t!(i18n, volunteers.former_recipient_note)}</span> " " })}
                {v.neighbourhood.clone().map(|n| view! { <a href=format!("/neighbourhoods/{}", n.id)>{n.name}</a> })}
            </p>
            <p class="small">{roles}</p>
            {v.drive.clone().map(|drive| view! {
                <p class="small">{t!(i18n, volunteers.came_through)} ": " <span dir="auto">{drive}</span></p>
            })}
            {v.mobile.clone().map(|m| view! {
                <p class="small">{t!(i18n, volunteers.contact)} ": "
                    <a href=format!("tel:{m}") dir="ltr">{format::digits(&m)}</a>
                    " · " <span dir="ltr">{format::digits(v.national_code.as_deref().unwrap_or_default())}</span>
                </p>
            })}
            <WeekSummary week=v.availability />
            {(!v.placements.is_empty()).then(|| view! { <PlacementList list=v.placements.clone() /> })}
            <Suggestions volunteer_id=v.id list=v.suggestions.clone() />
            {(!v.state_reason.is_empty()).then(|| view! {
                <p class="small">{t!(i18n, volunteers.reason)} ": " <span dir="auto">{v.state_reason.clone()}</span></p>
            })}
            {(v.approved_minutes > 0 || !v.certificates.is_empty()).then(|| view! {
                <p class="small">
                    {t!(i18n, service.approved_hours, hours = format::hours(v.approved_minutes))}
                    {v.certificates.iter().map(|c| view! {
                        " · " <a href=format!("/certificates/{}", c.code) dir="ltr" class:revoked=c.revoked_at.is_some()>{c.code.clone()}</a>
                    }).collect_view()}
                </p>
            })}
            <div class="actions">
                {v.may_certify.then(|| view! { <IssueButton id=v.id /> })}
                {steps.into_iter().map(|step| view! { <MoveButton id=v.id version=v.version step /> }).collect_view()}
                {may_stop.then(|| view! { <StopForm id=v.id version=v.version /> })}
            </div>
        </li>
    }
}

/// A certificate of the service as it stands now; on to the certificate to print it.
#[component]
fn IssueButton(id: i64) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<IssueCertificate>::new();
    view! {
        <ActionForm action attr:class="inline">
            <input type="hidden" name="volunteer" value=id />
            <button type="submit" class="button small secondary">{t!(i18n, service.issue)}</button>
        </ActionForm>
    }
}

#[component]
fn MoveButton(id: i64, version: i64, step: VolunteerMove) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<MoveVolunteer>::new();
    let label = match step {
        VolunteerMove::Verify => t_string!(i18n, volunteers.verify),
        VolunteerMove::Activate => t_string!(i18n, volunteers.activate),
        VolunteerMove::Deactivate => t_string!(i18n, volunteers.deactivate),
    };
    view! {
        <ActionForm action attr:class="inline">
            <input type="hidden" name="id" value=id />
            <input type="hidden" name="version" value=version />
            <input type="hidden" name="step" value=step.as_str() />
            <button type="submit" class="button small">{label}</button>
        </ActionForm>
    }
}

/// Deactivating needs a reason: behind a disclosure, so it is never one stray click. The
/// error shows only on the volunteer the failed submission was about.
#[component]
fn StopForm(id: i64, version: i64) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<MoveVolunteer>::new();
    let errors = form_errors(action.value());
    let echoed = echoed_for(errors, id);
    view! {
        <details open=echoed>
            <summary>{t!(i18n, volunteers.deactivate)}</summary>
            <ActionForm action attr:novalidate=true>
                <input type="hidden" name="id" value=id />
                <input type="hidden" name="version" value=version />
                <input type="hidden" name="step" value="deactivate" />
                <ReasonField prefix="reason" object_id=id errors>{t!(i18n, volunteers.deactivate_reason)}</ReasonField>
                <button type="submit" class="button danger small">{t!(i18n, volunteers.deactivate)}</button>
            </ActionForm>
        </details>
    }
}
