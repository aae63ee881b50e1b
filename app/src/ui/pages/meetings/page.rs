//! `/meetings/{id}`: the meeting — when and where, its agenda, who came (with the quorum),
//! the minutes and the decisions; for its chair, secretary and staff the forms that record
//! them until the minutes are published. Printed, it is the minutes for the paper file.
use super::agenda::Agenda;
use super::attendance::Attendance;
use super::decisions::Decisions;
use super::minutes::Minutes;
use super::publish::Publish;
use crate::api::meetings::get_meeting;
use crate::i18n::*;
use crate::model::meetings::Meeting;
use crate::ui::components::format;
use crate::ui::components::print_button::PrintButton;
use crate::ui::components::refresh::provide_refresh;
use crate::ui::pages::directory::{id_param, LoadFailed};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn MeetingPage() -> impl IntoView {
    let i18n = use_i18n();
    let id = id_param();
    let refresh = provide_refresh();
    let meeting = Resource::new(move || (id(), refresh.0.get()), |(id, _)| get_meeting(id));
    view! {
        <Transition fallback=|| ()>
            {move || meeting.get().map(|result| match result {
                Err(error) => view! {
                    <Title text=t_string!(i18n, meetings.meeting).to_string() />
                    <LoadFailed error />
                }.into_any(),
                Ok(meeting) => view! { <MeetingView meeting /> }.into_any(),
            })}
        </Transition>
    }
}

#[component]
fn MeetingView(meeting: Meeting) -> impl IntoView {
    let i18n = use_i18n();
    let m = meeting;
    let state = if m.published {
        t_string!(i18n, meetings.published)
    } else {
        t_string!(i18n, meetings.unpublished)
    };
    view! {
        <Title text=m.title.clone() />
        <nav class="crumbs no-print" aria-label=move || t_string!(i18n, directory.breadcrumbs)>
            <a href=format!("/committees/{}", m.committee_id)>{m.committee.clone()}</a>
            <a href=format!("/working-groups/{}/board", m.working_group_id)>{t!(i18n, boards.board)}": "{m.working_group.clone()}</a>
        </nav>
        <article class="meeting">
            <Letterhead meeting=m.clone() />
            <p><span class="badge" class:badge-done=m.published>{state}</span></p>
            <h1>{m.title.clone()}</h1>
            <dl class="facts">
                {m.number.map(|n| view! {
                    <dt>{t!(i18n, meetings.number)}</dt>
                    <dd>{format::number(n)}</dd>
                })}
                <dt>{t!(i18n, meetings.when)}</dt>
                <dd>{format::day(&m.held_on)}" · "<span dir="ltr">{format::digits(&m.starts_at)}</span></dd>
                {(!m.place.is_empty()).then(|| view! { <dt>{t!(i18n, meetings.place)}</dt><dd>{m.place.clone()}</dd> })}
                {(!m.online_link.is_empty()).then(|| view! {
                    <dt>{t!(i18n, meetings.online_link)}</dt>
                    <dd><a href=m.online_link.clone() rel="noopener noreferrer" dir="ltr">{m.online_link.clone()}</a></dd>
                })}
            </dl>
            <p class="actions no-print">
                {(m.may_record).then(|| view! {
                    <a class="button secondary" href=format!("/meetings/{}/edit", m.id)>{t!(i18n, meetings.edit)}</a>
                })}
                <a class="button secondary" href=format!("/meetings/{}/invitation.ics", m.id) download="meeting.ics">
                    {t!(i18n, meetings.add_to_calendar)}
                </a>
                <PrintButton label=t_string!(i18n, meetings.print).to_string() />
            </p>
            {view! { <Agenda meeting=m.id items=m.agenda.clone() cards=m.cards.clone() may_record=m.may_record /> }.into_any()}
            {view! { <Attendance meeting=m.clone() /> }.into_any()}
            {view! { <Minutes meeting=m.id version=m.version text=m.minutes.clone() may_record=m.may_record /> }.into_any()}
            {view! { <Decisions meeting=m.id decisions=m.decisions.clone() responsibles=m.responsibles.clone() may_record=m.may_record published=m.published /> }.into_any()}
            {m.may_record.then(|| view! { <Publish meeting=m.id version=m.version decisions=m.decisions.len() repeated=m.repeated.clone() /> }.into_any())}
            <Signatures meeting=m.clone() />
        </article>
    }
}

/// The secretariat's letterhead over the printed minutes: who issues them, their number and
/// day, the committee and working group.
#[component]
fn Letterhead(meeting: Meeting) -> impl IntoView {
    let i18n = use_i18n();
    let number = meeting
        .number
        .map(format::number)
        .unwrap_or_else(|| t_string!(i18n, meetings.draft_minutes).to_string());
    view! {
        <header class="letterhead print-only">
            <p class="letterhead-issuer">{t!(i18n, meetings.letterhead)}</p>
            <dl class="letterhead-ref">
                <dt>{t!(i18n, meetings.number)}</dt><dd>{number}</dd>
                <dt>{t!(i18n, meetings.when)}</dt><dd>{format::day(&meeting.held_on)}</dd>
            </dl>
            <p>{meeting.committee.clone()}" — "{meeting.working_group.clone()}</p>
        </header>
    }
}

/// On paper, those present sign the minutes: a row per person with room for the signature.
#[component]
fn Signatures(meeting: Meeting) -> impl IntoView {
    let i18n = use_i18n();
    let present: Vec<String> = meeting
        .invitees
        .iter()
        .filter(|p| p.attendance == crate::domain::meeting_rules::Attendance::Present)
        .map(|p| p.name.clone())
        .collect();
    let rows = if present.is_empty() {
        // Nobody was marked present: blank rows to fill in by hand.
        vec![String::new(); 6]
    } else {
        present
    };
    view! {
        <section class="signatures print-only" aria-labelledby="signatures-h">
            <h2 id="signatures-h">{t!(i18n, meetings.signatures)}</h2>
            <table class="data">
                <thead><tr>
                    <th scope="col">{t!(i18n, meetings.member)}</th>
                    <th scope="col">{t!(i18n, meetings.signature)}</th>
                </tr></thead>
                <tbody>
                    {rows.into_iter().map(|name| view! { <tr><td>{name}</td><td></td></tr> }).collect_view()}
                </tbody>
            </table>
        </section>
    }
}
