//! `/projects/{id}`: the whole journey on one timeline — the assessment, the proposal and its
//! reviews, the approval, assignments, status changes, milestones, updates and follow-ups.
//! Projects are public; the review's reasons and the follow-ups are shown only to those
//! involved.
use super::{cards, found, standing_among, status_of};
use crate::api::AppError;
use crate::domain::codes::Dimension;
use crate::domain::directory_rules::parse_iso;
use crate::domain::jalali::IRAN_OFFSET_SECONDS;
use crate::domain::permissions::{may, Action, Actor, Authorship, Target};
use crate::domain::project_rules::{moves, FollowUpAction, ProjectStatus, StalledRule};
use crate::domain::proposal_flow::{ProposalMove, ProposalStatus};
use crate::model::projects::{JourneyEntry, JourneyEvent, MilestoneEntry, Partner, ProjectDetail};
use crate::server::db::{assessments, audit, organisations, project_progress as progress};
use crate::server::db::{projects as store, proposal_moves, proposals, Db};
use crate::server::directory::named;
use tracing::instrument;

/// The end of an ISO day in Iran, as Unix ms: an event known only by its day sorts after that
/// day's timed events (a report written today comes after today's assignment) and is shown
/// on that same Jalali day.
fn end_of(day: &str) -> i64 {
    const LAST_MINUTE_MS: i64 = (24 * 3600 - 60) * 1000;
    parse_iso(day)
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .map(|t| {
            t.and_utc().timestamp_millis() + LAST_MINUTE_MS - IRAN_OFFSET_SECONDS as i64 * 1000
        })
        .unwrap_or_default()
}

#[instrument(skip_all)]
pub async fn detail(
    db: &Db,
    actor: Option<&Actor>,
    rule: StalledRule,
    id: i64,
) -> Result<ProjectDetail, AppError> {
    let row = found(db, id).await?;
    let partners = store::partners_of(db.read(), &[id]).await?;
    let partner_ids: Vec<i64> = partners.iter().map(|(_, o, _, _)| *o).collect();
    let who = standing_among(actor, &row, &partner_ids);
    let involved = who.staff || who.lead || who.partner;
    let mut journey = Vec::new();
    if let Some(proposal_id) = row.proposal_id {
        // Those who may see the proposal also read its review's reasons.
        let (proposal, sees_proposal) =
            match crate::server::proposals::visible(db, actor, proposal_id).await {
                Ok(p) => (Some(p), true),
                Err(_) => (proposals::find(db.read(), proposal_id).await?, false),
            };
        let cited = proposal.and_then(|p| p.assessment_id);
        if let Some(a) = cited {
            if let Some(a) = assessments::find(db.read(), a).await? {
                journey.push(JourneyEntry {
                    at_ms: end_of(&a.assessed_on),
                    actor: None,
                    event: JourneyEvent::Assessment {
                        organisation: a.organisation,
                    },
                });
            }
        }
        for m in proposal_moves::of_proposal(db.read(), proposal_id).await? {
            journey.push(JourneyEntry {
                at_ms: m.at,
                actor: m.actor,
                event: JourneyEvent::Proposal {
                    action: ProposalMove::parse(&m.action),
                    to: ProposalStatus::parse(&m.to_status),
                    reason: if sees_proposal {
                        m.reason
                    } else {
                        String::new()
                    },
                },
            });
        }
    }
    for a in audit::history(db.read(), "project", &id.to_string()).await? {
        if a.action != "project.assign" {
            continue;
        }
        let lead = a
            .after_json
            .as_deref()
            .and_then(|j| serde_json::from_str::<serde_json::Value>(j).ok())
            .and_then(|v| v["lead"].as_i64());
        let lead = match lead {
            Some(o) => organisations::find(db.read(), o).await?.map(|o| o.name),
            None => None,
        };
        journey.push(JourneyEntry {
            at_ms: a.at,
            actor: a.actor_name,
            event: JourneyEvent::Assigned { lead },
        });
    }
    for s in progress::status_changes(db.read(), id).await? {
        journey.push(JourneyEntry {
            at_ms: s.at,
            actor: s.actor,
            event: JourneyEvent::Status {
                to: ProjectStatus::parse(&s.to_status),
                reason: s.reason,
            },
        });
    }
    for u in progress::updates(db.read(), id).await? {
        journey.push(JourneyEntry {
            // Reported for a past day: that day; for today: when it was written.
            at_ms: end_of(&u.reported_on).min(u.created_at),
            actor: u.author,
            event: JourneyEvent::Update {
                id: u.id,
                percent: u.percent,
                body: u.body,
                organisation: u.organisation,
                photo: u.photo_type.is_some(),
                may_change_photo: may(
                    actor,
                    Action::ChangeChild,
                    Target::Child(Authorship {
                        author_id: u.author_id,
                        organisation_id: u.organisation_id,
                    }),
                ),
            },
        });
    }
    let milestones = progress::milestones(db.read(), id).await?;
    for m in milestones.iter().filter(|m| m.done_on.is_some()) {
        journey.push(JourneyEntry {
            at_ms: end_of(m.done_on.as_deref().unwrap_or_default()),
            actor: None,
            event: JourneyEvent::MilestoneDone {
                title: m.title.clone(),
            },
        });
    }
    if involved {
        for f in progress::follow_ups(db.read(), Some(id)).await? {
            journey.push(JourneyEntry {
                at_ms: f.created_at,
                actor: f.actor,
                event: JourneyEvent::FollowUp {
                    action: FollowUpAction::parse(&f.action),
                    note: f.note,
                },
            });
        }
    }
    journey.sort_by_key(|e| e.at_ms);
    let partners = partners
        .into_iter()
        .map(|(_, o, name, role)| Partner {
            organisation: named((o, name)),
            role,
        })
        .collect();
    let people = store::people_of(db.read(), id)
        .await?
        .into_iter()
        .map(named)
        .collect();
    let open: Vec<(i64, String)> = milestones
        .iter()
        .filter(|m| m.done_on.is_none())
        .map(|m| (id, m.due_on.clone()))
        .collect();
    let status = status_of(&row);
    let (summary, decision, version) = (row.summary.clone(), row.decision.clone(), row.version);
    let dimension = Dimension::parse(&row.dimension);
    let committee = row.committee_id.zip(row.committee.clone()).map(named);
    let (proposal_id, start, end) = (
        row.proposal_id,
        row.planned_start.clone(),
        row.planned_end.clone(),
    );
    let card = cards(db, rule, vec![row], &open)
        .await?
        .pop()
        .ok_or(AppError::NotFound)?;
    Ok(ProjectDetail {
        card,
        summary,
        dimension,
        committee,
        decision,
        proposal_id,
        planned_start: start,
        planned_end: end,
        partners,
        people,
        milestones: milestones
            .into_iter()
            .map(|m| MilestoneEntry {
                id: m.id,
                title: m.title,
                due_on: m.due_on,
                weight: m.weight,
                done_on: m.done_on,
            })
            .collect(),
        moves: moves(who, status),
        may_assign: who.staff,
        may_report: who.may_report()
            && !matches!(status, ProjectStatus::Completed | ProjectStatus::Cancelled),
        may_follow_up: who.staff,
        journey,
        version,
    })
}
