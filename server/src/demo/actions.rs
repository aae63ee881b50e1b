//! Demo campaigns and local actions: Ramadan 1405 (past, every action closed with what was
//! achieved) and a winter campaign running now (some closed, some past their day and waiting
//! to be closed, some to come), held by the eight demo centres.
use super::actions_data::{
    ACCOUNT, ACTIONS, CITATION, CORRECTION_NOTE, EVIDENCE, OTHER_GOAL, PAIRINGS, RAMADAN,
    RAMADAN_INDICATORS, RECORD_NOTE, SELF_ASSESSMENT, SUMMARY, WINTER, WINTER_INDICATORS,
};
use super::proposals::user_id;
use super::volunteers_data::DRIVE;
use super::DemoError;
use app::domain::action_rules::Measure;
use app::domain::normalize::fold_for_search;
use app::domain::permissions::Actor;
use app::domain::roles::Role;
use app::server::actions::score_admin;
use app::server::db::campaign_scores as scores;
use app::server::db::campaigns::{self, NewCampaign};
use app::server::db::centres::{self, CentresOf};
use app::server::db::local_actions::{self as store, ActionsOf, NewAction};
use app::server::db::pairings::{self, NewPairing};
use app::server::db::{organisations, volunteers, Db, DbError};
use app::server::now_ms;
use app::server::reports::{freeze, Scope};
use chrono::{Duration, NaiveDate};

pub async fn seed(db: &Db) -> Result<(), DemoError> {
    let official = user_id(db, "official").await?;
    let centres = centres::list(db.read(), CentresOf::All).await?;
    let drive = volunteers::drive_by_code(db.read(), DRIVE.0).await?;
    let today = chrono::Utc::now().date_naive();
    let now = now_ms();
    let ramadan_starts = NaiveDate::from_ymd_opt(2026, 2, 18).unwrap_or(today);
    let winter_starts = today - Duration::days(20);
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    let plans = [
        (
            RAMADAN,
            ramadan_starts,
            ramadan_starts + Duration::days(29),
            drive,
        ),
        (
            WINTER,
            winter_starts,
            winter_starts + Duration::days(90),
            None,
        ),
    ];
    for (c, ((name, goals), starts, ends, drive)) in plans.into_iter().enumerate() {
        let id = campaigns::insert(
            &mut tx,
            NewCampaign {
                name,
                starts_on: &starts.to_string(),
                ends_on: &ends.to_string(),
                goals,
                drive_id: drive,
                search_text: &fold_for_search(name),
                created_by: official,
                now,
            },
        )
        .await?;
        for (i, centre) in centres.iter().enumerate() {
            // Every centre held two actions in Ramadan; in winter, from 20 days ago to 25 ahead.
            for k in 0..2usize {
                let n = i * 2 + k;
                let day = if c == 0 {
                    starts + Duration::days((n as i64 * 3) % 28)
                } else {
                    today - Duration::days(20) + Duration::days((n as i64 * 7) % 45)
                };
                let (title, kind, place) = ACTIONS[(n + c) % ACTIONS.len()];
                let action = store::insert(
                    &mut tx,
                    NewAction {
                        title,
                        kind,
                        centre_id: Some(centre.id),
                        organisation_id: centre.organisation_id,
                        neighbourhood_id: centre.neighbourhood_id,
                        campaign_id: Some(id),
                        held_on: &day.to_string(),
                        place,
                        summary: SUMMARY,
                        search_text: &fold_for_search(title),
                        created_by: official,
                        now,
                    },
                )
                .await?;
                let goals = [
                    (Measure::Participants, "", 40 + 10 * (n as i64 % 5)),
                    (Measure::Households, "", 15 + 5 * (n as i64 % 4)),
                    if kind == "other" {
                        (Measure::Other, OTHER_GOAL, 60)
                    } else {
                        (Measure::Referrals, "", 5 + n as i64 % 6)
                    },
                ];
                for (position, (measure, label, target)) in goals.iter().enumerate() {
                    store::insert_target(
                        &mut tx,
                        action,
                        position as i64,
                        measure.as_str(),
                        label,
                        *target,
                    )
                    .await?;
                }
                // Past actions close (in winter a few are left waiting for their report).
                let closes = day < today && (c == 0 || n % 3 != 0);
                if closes {
                    // Some reach their targets, some fall short: the scores differ.
                    let reach = [120, 100, 85, 60, 95][n % 5];
                    let attendance = goals[0].2 * reach / 100;
                    store::close(&mut tx, action, attendance, ACCOUNT, official, now).await?;
                    let targets = store::target_ids(&mut tx, action).await?;
                    for (t, (target_id, target)) in targets.into_iter().enumerate() {
                        let achieved = target * [reach, reach + 10, reach - 15][t % 3] / 100;
                        store::set_achieved(&mut tx, action, target_id, achieved).await?;
                    }
                }
            }
        }
    }
    tx.commit().await.map_err(DbError::from)?;
    let ids: Vec<i64> = campaigns::list(db.read())
        .await?
        .iter()
        .map(|c| c.id)
        .collect();
    // The list is latest first: winter, then Ramadan.
    if let [winter, ramadan] = ids[..] {
        score_ramadan(db, ramadan, official).await?;
        pairings(db, official).await?;
        report_ramadan(db, ramadan, official).await?;
        score_winter(db, winter).await?;
    }
    Ok(())
}

async fn indicators(
    db: &Db,
    campaign: i64,
    list: &[(&str, &str, i64, i64)],
) -> Result<i64, DemoError> {
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    let mut assessed = 0;
    for (name, source, weight, scale) in list {
        let id =
            scores::insert_indicator(&mut tx, campaign, name, source, *weight, *scale, now_ms())
                .await?;
        if *source == "assessed" {
            assessed = id;
        }
    }
    tx.commit().await.map_err(DbError::from)?;
    Ok(assessed)
}

/// Ramadan: every centre assessed and scored, the scores recorded, one score corrected later
/// and recorded again (the centre's history shows it), the two best recognised.
async fn score_ramadan(db: &Db, campaign: i64, official: i64) -> Result<(), DemoError> {
    let assessed = indicators(db, campaign, &RAMADAN_INDICATORS).await?;
    let centres = scores::centres(db.read(), campaign).await?;
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    for c in &centres {
        let by = c.manager_id.unwrap_or(official);
        scores::submit(
            &mut tx,
            assessed,
            c.id,
            SELF_ASSESSMENT,
            EVIDENCE,
            by,
            now_ms(),
        )
        .await?;
    }
    tx.commit().await.map_err(DbError::from)?;
    let rows = scores::assessments(db.read(), campaign).await?;
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    for (i, a) in rows.iter().enumerate() {
        scores::review(
            &mut tx,
            a.id,
            4 + (i as i64 * 3) % 7,
            "",
            official,
            now_ms(),
        )
        .await?;
    }
    tx.commit().await.map_err(DbError::from)?;
    let actor = Actor::new(official, Role::Official);
    let fail = |_| DemoError::Invalid("scores");
    score_admin::record(db, &actor, campaign, RECORD_NOTE)
        .await
        .map_err(fail)?;
    if let Some(first) = rows.first() {
        score_admin::review(db, &actor, campaign, first.id, "9", CORRECTION_NOTE)
            .await
            .map_err(fail)?;
        score_admin::record(db, &actor, campaign, CORRECTION_NOTE)
            .await
            .map_err(fail)?;
    }
    let page = app::server::actions::scores::page(db, Some(&actor), campaign)
        .await
        .map_err(fail)?;
    for best in page.ranking.iter().take(2) {
        score_admin::recognise(db, &actor, campaign, best.centre.id, Some(CITATION))
            .await
            .map_err(fail)?;
    }
    Ok(())
}

/// Larger NGOs helping smaller ones: one pairing running, one completed after Ramadan.
async fn pairings(db: &Db, official: i64) -> Result<(), DemoError> {
    let ngos = organisations::verified_of_kind(db.read(), "ngo").await?;
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    for (mentor, mentee, offered, goals, starts_on, ended) in PAIRINGS {
        let (Some(mentor), Some(mentee)) = (ngos.get(mentor), ngos.get(mentee)) else {
            continue;
        };
        let id = pairings::insert(
            &mut tx,
            NewPairing {
                mentor_id: mentor.0,
                mentee_id: mentee.0,
                offered,
                goals,
                starts_on,
                introduced_by: official,
                now: now_ms(),
            },
        )
        .await?;
        if let Some((ended_on, outcome)) = ended {
            pairings::end(&mut tx, id, "completed", ended_on, outcome).await?;
        }
    }
    tx.commit().await.map_err(DbError::from)?;
    Ok(())
}

/// Ramadan's report, frozen once it was scored, with three actions' accounts selected.
async fn report_ramadan(db: &Db, campaign: i64, official: i64) -> Result<(), DemoError> {
    let actor = Actor::new(official, Role::Official);
    let fail = |_| DemoError::Invalid("report");
    let actions = store::list(db.read(), ActionsOf::Campaign(campaign), 3, 0).await?;
    for a in &actions {
        freeze::select_account(db, &actor, a.id, true)
            .await
            .map_err(fail)?;
    }
    freeze::freeze(db, &actor, Scope::Campaign(campaign), true)
        .await
        .map_err(fail)?;
    Ok(())
}

/// Winter: indicators set, three centres' self-assessments waiting for an official.
async fn score_winter(db: &Db, campaign: i64) -> Result<(), DemoError> {
    let assessed = indicators(db, campaign, &WINTER_INDICATORS).await?;
    let centres = scores::centres(db.read(), campaign).await?;
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    for c in centres.iter().take(3) {
        if let Some(manager) = c.manager_id {
            scores::submit(
                &mut tx,
                assessed,
                c.id,
                SELF_ASSESSMENT,
                EVIDENCE,
                manager,
                now_ms(),
            )
            .await?;
        }
    }
    tx.commit().await.map_err(DbError::from)?;
    Ok(())
}
