use super::report_photo::ReportPhoto;
use crate::i18n::*;
use crate::model::projects::{JourneyEntry, JourneyEvent};
use crate::ui::components::{format, project_labels, proposal_labels};
use leptos::prelude::*;

/// The project's whole journey on one timeline, with Jalali dates.
#[component]
pub fn Journey(entries: Vec<JourneyEntry>, project_id: i64) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="panel" aria-labelledby="journey-h">
            <h2 id="journey-h">{t!(i18n, proposals.journey)}</h2>
            <ol class="timeline">
                {entries.into_iter().map(|e| {
                    let (what, detail) = describe(&e.event);
                    let photo = match e.event {
                        JourneyEvent::Update { id, photo, may_change_photo, .. } => Some(view! {
                            <ReportPhoto project_id update_id=id photo may_attach=may_change_photo />
                        }),
                        _ => None,
                    };
                    view! {
                        <li>
                            <span class="muted small">{format::date(e.at_ms)}</span> " "
                            <strong>{what}</strong>
                            " " <span class="muted">{e.actor.unwrap_or_default()}</span>
                            {(!detail.is_empty()).then(|| view! { <p class="prose" dir="auto">{detail.clone()}</p> })}
                            {photo}
                        </li>
                    }
                }).collect_view()}
            </ol>
        </section>
    }
}

/// A line for the event, and its longer text (a reason, a report, a note).
fn describe(event: &JourneyEvent) -> (String, String) {
    let i18n = use_i18n();
    match event {
        JourneyEvent::Assessment { organisation } => (
            t_string!(i18n, projects.event_assessment, who = organisation.clone()).to_string(),
            String::new(),
        ),
        JourneyEvent::Proposal { action, to, reason } => {
            let mut line = action.map(proposal_labels::action).unwrap_or_default();
            if let Some(to) = to {
                line = format!(
                    "{line} {} {}",
                    t_string!(i18n, proposals.arrow),
                    proposal_labels::status(*to)
                );
            }
            (line, reason.clone())
        }
        JourneyEvent::Assigned { lead } => (
            t_string!(
                i18n,
                projects.event_assigned,
                lead = lead.clone().unwrap_or_default()
            )
            .to_string(),
            String::new(),
        ),
        JourneyEvent::Status { to, reason } => (
            to.map(project_labels::status).unwrap_or_default(),
            reason.clone(),
        ),
        JourneyEvent::Update {
            percent,
            body,
            organisation,
            ..
        } => (
            format!(
                "{} · {}",
                t_string!(i18n, projects.event_update, n = format::number(*percent)),
                organisation.clone().unwrap_or_default()
            ),
            body.clone(),
        ),
        JourneyEvent::MilestoneDone { title } => (
            t_string!(i18n, projects.event_milestone, title = title.clone()).to_string(),
            String::new(),
        ),
        JourneyEvent::FollowUp { action, note } => (
            format!(
                "{}: {}",
                t_string!(i18n, projects.event_follow_up),
                action.map(project_labels::follow_up).unwrap_or_default()
            ),
            note.clone(),
        ),
    }
}
