//! A committee's meetings and decisions on its page, for those holding a seat on it and
//! staff: upcoming and past meetings, and every published decision with where it stands,
//! so the chair sees which are not carried out.
use super::decisions::DecisionTable;
use crate::api::meetings::get_committee_meetings;
use crate::domain::meeting_rules::DecisionStatus;
use crate::i18n::*;
use crate::model::meetings::{CommitteeMeetings, MeetingSummary};
use crate::ui::components::format;
use leptos::prelude::*;

#[component]
pub fn CommitteeMeetingsSection(committee: i64) -> impl IntoView {
    let found = Resource::new(move || committee, get_committee_meetings);
    view! {
        <Transition fallback=|| ()>
            {move || found.get().and_then(Result::ok).flatten().map(|m| view! { <Listing committee listing=m /> })}
        </Transition>
    }
}

#[component]
fn Listing(committee: i64, listing: CommitteeMeetings) -> impl IntoView {
    let i18n = use_i18n();
    let CommitteeMeetings {
        may_schedule,
        meetings,
        decisions,
    } = listing;
    let (upcoming, past): (Vec<_>, Vec<_>) = meetings.into_iter().partition(|m| !m.published);
    let overdue = decisions
        .iter()
        .filter(|d| d.status == DecisionStatus::Overdue)
        .count();
    let open = decisions
        .iter()
        .filter(|d| d.status != DecisionStatus::Done)
        .count();
    view! {
        <section class="panel" aria-labelledby="meetings-h">
            <h2 id="meetings-h">{t!(i18n, meetings.meetings)}</h2>
            {may_schedule.then(|| view! {
                <p><a class="button" href=format!("/meetings/new?committee={committee}")>{t!(i18n, meetings.schedule)}</a></p>
            })}
            <h3>{t!(i18n, meetings.upcoming)}</h3>
            <MeetingList meetings=upcoming />
            <h3>{t!(i18n, meetings.past)}</h3>
            <MeetingList meetings=past />
        </section>
        <section class="panel" aria-labelledby="decisions-h">
            <h2 id="decisions-h">{t!(i18n, meetings.decisions)}</h2>
            <p>{t!(i18n, meetings.decisions_summary, open = format::number(open as i64), overdue = format::number(overdue as i64))}</p>
            {if decisions.is_empty() {
                view! { <p class="muted">{t!(i18n, meetings.no_decisions)}</p> }.into_any()
            } else {
                view! { <DecisionTable meeting=0 decisions /> }.into_any()
            }}
        </section>
    }
}

#[component]
fn MeetingList(meetings: Vec<MeetingSummary>) -> impl IntoView {
    let i18n = use_i18n();
    if meetings.is_empty() {
        return view! { <p class="muted">{t!(i18n, meetings.none)}</p> }.into_any();
    }
    view! {
        <ul class="meeting-list">
            {meetings.into_iter().map(|m| {
                let state = if m.published { t_string!(i18n, meetings.published) } else { t_string!(i18n, meetings.unpublished) };
                view! {
                    <li>
                        <a href=format!("/meetings/{}", m.id)>{m.title}</a>
                        " · "{format::day(&m.held_on)}" "<span dir="ltr">{format::digits(&m.starts_at)}</span>
                        " · "{m.working_group}" "<span class="badge">{state}</span>
                    </li>
                }
            }).collect_view()}
        </ul>
    }.into_any()
}
