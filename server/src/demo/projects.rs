//! Loads the demo's projects: the approved proposals' projects and eight defined from
//! committee decisions, assigned to executive agencies and run through the real operations —
//! reports over the past months, milestones, a few completed, suspended or stalled, and
//! officials' follow-ups — so `/projects`, `/follow-up` and the journeys are meaningful.
use super::directory::Seeded;
use super::projects_data::{
    DECISIONS, FOLLOW_UP_NOTE, PARTNER_ROLE, REPORT_TEXT, SCENARIOS, SUSPEND_REASON,
};
use super::proposals::user_id;
use super::DemoError;
use app::domain::jalali::JalaliDate;
use app::domain::permissions::Actor;
use app::domain::project_rules::MilestoneText;
use app::domain::roles::Role;
use app::server::db::Db;
use app::server::db::{projects as store, proposals, DbError};
use app::server::now_ms;
use app::server::projects::assignment::{assign, AssignmentInput};
use app::server::projects::creation::from_decision;
use app::server::projects::detail::detail;
use app::server::projects::follow_up::record;
use app::server::projects::progress::{change_status, post_update, tick_milestone, UpdateInput};

const DAY_MS: i64 = 24 * 3600 * 1000;

fn jalali(days_ago: i64) -> String {
    JalaliDate::from_unix_ms(now_ms() - days_ago * DAY_MS)
        .map(|d| d.to_numeric())
        .unwrap_or_default()
}

pub async fn seed(db: &Db, seeded: &Seeded, reps: &[Actor]) -> Result<(), DemoError> {
    let official = Actor::new(user_id(db, "official").await?, Role::Official);
    let invalid = |_| DemoError::Invalid("project");
    let (approved, _) = store::page(db.read(), "", None, 100, 0).await?;
    let mut ids: Vec<i64> = approved.iter().rev().map(|p| p.id).collect();
    for (committee, title, decision) in DECISIONS {
        let id = from_decision(db, &official, seeded.committees[committee], title, decision)
            .await
            .map_err(invalid)?;
        ids.push(id);
    }
    let now = now_ms();
    for (i, id) in ids.into_iter().enumerate() {
        let (agency, planned_days, reports, milestones, end) = SCENARIOS[i % SCENARIOS.len()];
        if end == "unassigned" {
            continue;
        }
        let lead = &reps[12 + agency];
        let row = store::find(db.read(), id)
            .await?
            .ok_or(DemoError::Invalid("project"))?;
        // An approved proposal's project begins after the approval: its story is fitted into
        // the days since then.
        let approved_at = match row.proposal_id {
            Some(p) => proposals::find(db.read(), p).await?.map(|p| p.status_since),
            None => None,
        };
        let room = approved_at.map(|at| ((now - at) / DAY_MS - 3).max(1));
        let scale = |days: i64| match room {
            Some(room) if planned_days > room => days * room / planned_days,
            _ => days,
        };
        let started = scale(planned_days);
        let version = row.version;
        let place = seeded.neighbourhoods[(i * 5) % seeded.neighbourhoods.len()];
        let input = AssignmentInput {
            lead: seeded.organisations[12 + agency].to_string(),
            budget_rials: format!("{}", (i as i64 + 2) * 1_250_000_000),
            planned_start: jalali(started),
            planned_end: jalali(started - 365),
            partners: vec![seeded.organisations[i % 12]],
            partner_roles: vec![PARTNER_ROLE.into()],
            people: Vec::new(),
            neighbourhoods: vec![place],
            milestones: milestones
                .iter()
                .map(|(title, due, _)| MilestoneText {
                    title: title.to_string(),
                    due_on: jalali(started - scale(*due)),
                    weight: "50".into(),
                })
                .collect(),
        };
        assign(db, &official, id, version, input)
            .await
            .map_err(invalid)?;
        if end == "planned" {
            continue;
        }
        change_status(db, lead, id, "start", "")
            .await
            .map_err(invalid)?;
        for (days_ago, percent) in reports {
            let update = UpdateInput {
                reported_on: jalali(scale(*days_ago)),
                percent: percent.to_string(),
                body: REPORT_TEXT.into(),
            };
            post_update(db, lead, id, update).await.map_err(invalid)?;
        }
        let page = detail(db, Some(lead), Default::default(), id)
            .await
            .map_err(invalid)?;
        for (m, (_, _, done)) in page.milestones.iter().zip(milestones.iter()) {
            if *done {
                tick_milestone(db, lead, m.id, true)
                    .await
                    .map_err(invalid)?;
            }
        }
        match end {
            "complete" => {
                change_status(db, lead, id, "complete", "")
                    .await
                    .map_err(invalid)?;
            }
            "suspend" => {
                change_status(db, lead, id, "suspend", SUSPEND_REASON)
                    .await
                    .map_err(invalid)?;
            }
            "stalled" if i % 2 == 0 => {
                record(db, &official, id, "called", FOLLOW_UP_NOTE)
                    .await
                    .map_err(invalid)?;
            }
            _ => {}
        }
        let mut tx = db.write().begin().await.map_err(DbError::from)?;
        store::set_times(
            &mut tx,
            id,
            approved_at.unwrap_or(now - (started + 20) * DAY_MS),
            now - started * DAY_MS,
        )
        .await?;
        tx.commit().await.map_err(DbError::from)?;
    }
    Ok(())
}
