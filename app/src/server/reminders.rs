//! Reminders: once a day per item and person, by day in Iran, each rule's items become
//! notifications (and so emails and text messages, per each person's choices). The record of
//! each reminder is written in the same transaction as its notification, so a restart or a
//! second instance never sends it twice.
use crate::domain::directory_rules::{iso, parse_iso};
use crate::domain::my_work::report_due;
use crate::domain::notices::NoticeKind;
use crate::domain::project_rules::StalledRule;
use crate::domain::reminders::{self as rules, ReminderDays, ReminderRule};
use crate::server::db::notifications::{self, NewNotification};
use crate::server::db::reminders::{self as store, Candidate};
use crate::server::db::{Db, DbError};
use crate::server::my_work::day_of_ms;
use chrono::{Duration, NaiveDate};
use tracing::instrument;

/// Days back a late task or milestone is still reminded of (weekly); older ones are left to
/// the follow-up page.
const LATE_WINDOW_DAYS: i64 = 120;

/// One reminder to give.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reminder {
    pub rule: ReminderRule,
    pub object_id: i64,
    pub user_id: i64,
    pub title: String,
    pub link: String,
}

fn reminder(rule: ReminderRule, c: Candidate, link: String) -> Reminder {
    Reminder {
        rule,
        object_id: c.object_id,
        user_id: c.user_id,
        title: c.title,
        link,
    }
}

/// The reminders `today` earns, from one query per rule family.
#[instrument(skip_all)]
pub async fn due_today(
    db: &Db,
    days: ReminderDays,
    stalled: StalledRule,
    today: NaiveDate,
) -> Result<Vec<Reminder>, DbError> {
    let pool = db.read();
    let from = iso(today - Duration::days(LATE_WINDOW_DAYS));
    let tomorrow = iso(today + Duration::days(1));
    let mut out = Vec::new();
    for c in store::tasks(pool, &from, &tomorrow).await? {
        let Some(due) = c.day.as_deref().and_then(parse_iso) else {
            continue;
        };
        if let Some(rule) = rules::dated(
            due,
            today,
            ReminderRule::TaskTomorrow,
            ReminderRule::TaskOverdue,
        ) {
            let link = format!(
                "/working-groups/{}/board/cards/{}",
                c.parent_id.unwrap_or_default(),
                c.object_id
            );
            out.push(reminder(rule, c, link));
        }
    }
    for c in store::milestones(pool, &from, &tomorrow).await? {
        let Some(due) = c.day.as_deref().and_then(parse_iso) else {
            continue;
        };
        let overdue = ReminderRule::MilestoneOverdue;
        if let Some(rule) = rules::dated(due, today, ReminderRule::MilestoneTomorrow, overdue) {
            let link = format!("/projects/{}", c.parent_id.unwrap_or_default());
            out.push(reminder(rule, c, link));
        }
    }
    for c in store::unclosed_actions(pool, &from, &iso(today)).await? {
        let Some(held) = c.day.as_deref().and_then(parse_iso) else {
            continue;
        };
        if rules::overdue_reminder_today(held, today) {
            let link = format!("/actions/{}#close-h", c.object_id);
            out.push(reminder(ReminderRule::ActionUnclosed, c, link));
        }
    }
    for c in store::led_projects(pool).await? {
        let last = c.day.as_deref().and_then(parse_iso);
        let started = c.since_ms.and_then(day_of_ms);
        let Some(due) = report_due(last, started, stalled.no_update_days) else {
            continue;
        };
        if let Some(rule) = rules::report(due, today, days) {
            let link = format!("/projects/{}", c.object_id);
            out.push(reminder(rule, c, link));
        }
    }
    let waiting = [
        (
            store::proposals_at_committees(pool, &iso(today)).await?,
            ReminderRule::ProposalAtCommittee,
            days.at_committee,
        ),
        (
            store::proposals_awaiting_decision(pool).await?,
            ReminderRule::ProposalAwaitingDecision,
            days.awaiting_decision,
        ),
        (
            store::organisations_waiting(pool).await?,
            ReminderRule::OrganisationWaiting,
            days.organisation_waiting,
        ),
    ];
    for (candidates, rule, after) in waiting {
        for c in candidates {
            let Some(since) = c.since_ms.and_then(day_of_ms) else {
                continue;
            };
            if rules::waiting(since, today, after) {
                let link = match rule {
                    ReminderRule::OrganisationWaiting => format!("/organisations/{}", c.object_id),
                    _ => format!("/proposals/{}", c.object_id),
                };
                out.push(reminder(rule, c, link));
            }
        }
    }
    Ok(out)
}

fn kind_of(rule: ReminderRule) -> NoticeKind {
    use ReminderRule::*;
    match rule {
        ProposalAtCommittee | ProposalAwaitingDecision | OrganisationWaiting => {
            NoticeKind::ReminderWaiting
        }
        _ => NoticeKind::ReminderDue,
    }
}

/// Gives today's reminders that were not given yet; returns how many were given now. Outside
/// Iranian daytime nothing is sent (the next run in the morning gives them).
#[instrument(skip_all)]
pub async fn run(
    db: &Db,
    days: ReminderDays,
    stalled: StalledRule,
    now: i64,
) -> Result<usize, DbError> {
    if !rules::daytime_in_iran(now) {
        return Ok(0);
    }
    let today = rules::iran_time(now).date();
    let day = iso(today);
    let due = due_today(db, days, stalled, today).await?;
    let mut given = 0;
    let mut tx = db.write().begin().await?;
    for r in &due {
        let rule = r.rule.as_str();
        if !store::record(&mut tx, rule, r.object_id, r.user_id, &day, now).await? {
            continue;
        }
        let told = NewNotification {
            kind: kind_of(r.rule).as_str(),
            subject: &r.title,
            detail: rule,
            note: "",
            link: &r.link,
            actor_id: None,
            now,
        };
        notifications::notify(&mut tx, &[r.user_id], &told).await?;
        given += 1;
    }
    tx.commit().await?;
    Ok(given)
}
