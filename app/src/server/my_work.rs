//! "My work" for the signed-in caller: the groups their duties give them, each from one query.
use crate::api::AppError;
use crate::domain::directory_rules::{iso, parse_iso};
use crate::domain::jalali::JalaliDate;
use crate::domain::my_work::{
    due_soon, kinds_for, report_due, sort_items, Duties, WorkGroup, WorkItem, WorkKind,
    DUE_SOON_DAYS,
};
use crate::domain::permissions::Actor;
use crate::domain::project_rules::StalledRule;
use crate::domain::roles::{CommitteeRole, Role};
use crate::server::db::my_work::{self as store, WorkRow};
use crate::server::db::Db;
use chrono::{Duration, NaiveDate};
use tracing::instrument;

/// Items shown per group; the count says how many there are in all.
pub const SHOWN: i64 = 5;

/// What the caller's role, seats and organisations make their duty.
pub fn duties_of(actor: &Actor) -> Duties {
    Duties {
        staff: actor.is_staff(),
        admin: actor.role == Role::Admin,
        committee_lead: !lead_committees(actor).is_empty(),
        representative: !actor.organisations.is_empty(),
    }
}

fn lead_committees(actor: &Actor) -> Vec<i64> {
    actor
        .committee_roles
        .iter()
        .filter(|(_, role)| matches!(role, CommitteeRole::Chair | CommitteeRole::Secretary))
        .map(|(id, _)| *id)
        .collect()
}

/// The Iranian day of a stored moment.
pub(crate) fn day_of_ms(ms: i64) -> Option<NaiveDate> {
    JalaliDate::from_unix_ms(ms).and_then(|d| d.to_gregorian())
}

/// Where to act on an item of `kind`.
fn link(kind: WorkKind, row: &WorkRow) -> String {
    use WorkKind::*;
    let parent = row.parent_id.unwrap_or_default();
    match kind {
        DecideProposal | ReferProposal | RecommendProposal => format!("/proposals/{}", row.id),
        ReviseProposal | SubmitDraft => format!("/proposals/{}/edit", row.id),
        VerifyOrganisation | OwnVerification => format!("/organisations/{}", row.id),
        VerifyVolunteer => format!("/volunteers#volunteer-{}", row.id),
        MergeVolunteer => format!("/volunteers#merge-{}", row.id),
        PlaceAgain => format!("/volunteers#volunteer-{parent}"),
        AnswerPlacement => format!("/centres/{parent}#placement-{}", row.id),
        ApproveHours => format!("/centres/{parent}#hours-{}", row.id),
        RecordAttendance | ConfirmSeat => format!("/opportunities/{parent}#shift-{}", row.id),
        CloseAction => format!("/actions/{}#close-h", row.id),
        StalledProject | ReportDue => format!("/projects/{}", row.id),
        MilestoneDue => format!("/projects/{parent}"),
        OutboxFailure => "/admin/outbox".to_string(),
        PrepareMeeting | PublishMinutes => format!("/meetings/{}", row.id),
        DecisionOverdue | MyDecision => format!("/meetings/{parent}"),
        BoardTask => format!("/working-groups/{parent}/board/cards/{}", row.id),
        // A notification's link is the server's own path; anything else goes nowhere.
        Mention => crate::domain::redirects::safe_target(&row.link),
    }
}

fn item(kind: WorkKind, row: WorkRow) -> WorkItem {
    let link = link(kind, &row);
    WorkItem {
        kind,
        id: row.id,
        since: row
            .since_day
            .as_deref()
            .and_then(parse_iso)
            .or_else(|| row.since_ms.and_then(day_of_ms)),
        due: row.due_on.as_deref().and_then(parse_iso),
        note: match kind {
            WorkKind::OwnVerification if row.state == "pending" => String::new(),
            _ => row.note,
        },
        title: row.title,
        state: match kind {
            WorkKind::OwnVerification => row.state,
            _ => String::new(),
        },
        link,
    }
}

fn group(kind: WorkKind, rows: Vec<WorkRow>, today: NaiveDate) -> WorkGroup {
    let total = rows.first().map_or(0, |r| r.total);
    let items = rows.into_iter().map(|r| item(kind, r)).collect();
    WorkGroup::of(kind, total, items, today)
}

/// The caller's groups that hold something, in page order.
#[instrument(skip_all)]
pub async fn for_actor(
    db: &Db,
    actor: &Actor,
    rule: StalledRule,
    today: NaiveDate,
) -> Result<Vec<WorkGroup>, AppError> {
    let pool = db.read();
    let leads = lead_committees(actor);
    let me = actor.user_id;
    let today_iso = iso(today);
    let week = iso(today + Duration::days(DUE_SOON_DAYS));
    let fortnight = iso(today + Duration::days(14));
    let mut groups = Vec::new();
    for kind in kinds_for(duties_of(actor)) {
        use WorkKind::*;
        let g = match kind {
            DecideProposal => {
                let rows = store::proposals_in(pool, "recommended", None, SHOWN).await?;
                group(kind, rows, today)
            }
            VerifyOrganisation => group(
                kind,
                store::organisations_to_verify(pool, SHOWN).await?,
                today,
            ),
            StalledProject => stalled(db, actor, rule, today).await?,
            OutboxFailure => group(kind, store::failed_emails(pool, SHOWN).await?, today),
            ReferProposal | RecommendProposal => {
                let status = if kind == ReferProposal {
                    "submitted"
                } else {
                    "in_review"
                };
                let rows = store::proposals_in(pool, status, Some(&leads), SHOWN).await?;
                group(kind, rows, today)
            }
            PrepareMeeting | PublishMinutes => {
                let upcoming = kind == PrepareMeeting;
                let mut rows =
                    store::meetings_of(pool, &leads, upcoming, &today_iso, &fortnight, SHOWN)
                        .await?;
                if !upcoming {
                    // Minutes wait since the meeting; they are not "due" on that day.
                    rows.iter_mut().for_each(|r| r.due_on = None);
                }
                group(kind, rows, today)
            }
            DecisionOverdue => {
                let rows = store::open_decisions(pool, &leads, me, &today_iso, SHOWN).await?;
                group(kind, rows, today)
            }
            ReviseProposal | SubmitDraft => {
                let status = if kind == ReviseProposal {
                    "revision_requested"
                } else {
                    "draft"
                };
                group(
                    kind,
                    store::own_proposals_in(pool, me, status, SHOWN).await?,
                    today,
                )
            }
            ReportDue => reports_due(db, me, rule, today).await?,
            MilestoneDue => group(
                kind,
                store::milestones_due(pool, me, &week, SHOWN).await?,
                today,
            ),
            OwnVerification => group(kind, store::unverified_own(pool, me, SHOWN).await?, today),
            AnswerPlacement => group(
                kind,
                store::placements_to_answer(pool, me, &actor.organisations, SHOWN).await?,
                today,
            ),
            ApproveHours => group(
                kind,
                store::hours_to_approve(pool, me, &actor.organisations, SHOWN).await?,
                today,
            ),
            RecordAttendance => group(
                kind,
                store::attendance_to_record(pool, me, &actor.organisations, today, SHOWN).await?,
                today,
            ),
            CloseAction => group(
                kind,
                store::actions_to_close(pool, me, &actor.organisations, today, SHOWN).await?,
                today,
            ),
            ConfirmSeat => group(
                kind,
                store::seats_to_confirm(pool, me, today, SHOWN).await?,
                today,
            ),
            VerifyVolunteer => group(
                kind,
                store::volunteers_waiting(pool, &actor.organisations, SHOWN).await?,
                today,
            ),
            MergeVolunteer => group(
                kind,
                crate::server::db::volunteer_merges::work_rows(pool, &actor.organisations, SHOWN)
                    .await?,
                today,
            ),
            PlaceAgain => group(
                kind,
                store::placements_back(pool, &actor.organisations, SHOWN).await?,
                today,
            ),
            BoardTask => group(kind, store::my_tasks(pool, me, SHOWN).await?, today),
            MyDecision => {
                let rows = store::open_decisions(pool, &[], me, &today_iso, SHOWN).await?;
                group(kind, rows, today)
            }
            Mention => group(kind, store::unread_mentions(pool, me, SHOWN).await?, today),
        };
        if g.total > 0 {
            groups.push(g);
        }
    }
    Ok(groups)
}

/// Stalled projects, by the same rule and computation as the follow-up page.
async fn stalled(
    db: &Db,
    actor: &Actor,
    rule: StalledRule,
    today: NaiveDate,
) -> Result<WorkGroup, AppError> {
    let stalled = crate::server::projects::follow_up::list(db, Some(actor), rule).await?;
    let total = stalled.len() as i64;
    let items: Vec<WorkItem> = stalled
        .into_iter()
        .take(SHOWN as usize)
        .map(|s| WorkItem {
            kind: WorkKind::StalledProject,
            id: s.card.id,
            title: s.card.title,
            note: s.card.lead.map(|l| l.name).unwrap_or_default(),
            state: String::new(),
            since: Some(today - Duration::days(s.stalled.days())),
            due: None,
            link: format!("/projects/{}", s.card.id),
        })
        .collect();
    Ok(WorkGroup::of(WorkKind::StalledProject, total, items, today))
}

/// Progress reports the caller's organisations owe within a week or already owe.
async fn reports_due(
    db: &Db,
    user_id: i64,
    rule: StalledRule,
    today: NaiveDate,
) -> Result<WorkGroup, AppError> {
    let mut items: Vec<WorkItem> = store::led_projects(db.read(), user_id)
        .await?
        .into_iter()
        .filter_map(|row| {
            let last = row.since_day.as_deref().and_then(parse_iso);
            let started = row.since_ms.and_then(day_of_ms);
            let due = report_due(last, started, rule.no_update_days)?;
            due_soon(due, today).then(|| WorkItem {
                kind: WorkKind::ReportDue,
                id: row.id,
                link: format!("/projects/{}", row.id),
                title: row.title,
                note: String::new(),
                state: String::new(),
                since: last.or(started),
                due: Some(due),
            })
        })
        .collect();
    sort_items(&mut items, today);
    let total = items.len() as i64;
    items.truncate(SHOWN as usize);
    Ok(WorkGroup::of(WorkKind::ReportDue, total, items, today))
}
