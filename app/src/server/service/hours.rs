//! Hours: the volunteer reports a day at a centre where they are placed (or changes a day
//! reported, which then waits again); the centre approves or rejects, or records a day for
//! several of its volunteers at once.
use super::certificates::award_due;
use crate::api::AppError;
use crate::domain::centre_rules::PlacementState;
use crate::domain::directory_rules::{self as rules, iso, parse_iso};
use crate::domain::permissions::Actor;
use crate::domain::service_rules::{
    self, after_edit, after_placement, decide as decide_rule, HoursState,
};
use crate::domain::validation::{FieldIssue, FormErrors};
use crate::server::centres::{refusal, standing as centre_standing};
use crate::server::db::centres::{self as centre_store, PlacementRow};
use crate::server::db::service::{self as store, NewHours};
use crate::server::db::{audit, Db, DbError};
use crate::server::my_work::day_of_ms;
use crate::server::{now_ms, today_iso};
use chrono::NaiveDate;
use serde_json::json;
use tracing::instrument;

/// A day of service as typed.
pub struct HoursInput<'a> {
    pub served_on: &'a str,
    pub hours: &'a str,
    pub note: &'a str,
}

struct Checked {
    day: String,
    minutes: i64,
    note: String,
}

fn check(input: &HoursInput<'_>) -> Result<Checked, AppError> {
    let today = parse_iso(&today_iso()).ok_or(AppError::Internal)?;
    let mut errors = FormErrors::default();
    let day = errors
        .check("served_on", rules::day(input.served_on))
        .and_then(|d| errors.check("served_on", service_rules::served_on(d, today)));
    let minutes = errors.check("hours", service_rules::minutes(input.hours));
    let note = errors.check(
        "note",
        rules::optional_text(input.note, rules::SHORT_TEXT_MAX),
    );
    match (day, minutes, note) {
        (Some(day), Some(minutes), Some(note)) if errors.is_empty() => Ok(Checked {
            day: iso(day),
            minutes,
            note,
        }),
        _ => Err(errors.into()),
    }
}

fn refused_day(issue: FieldIssue) -> AppError {
    let mut errors = FormErrors::default();
    errors.push("served_on", issue);
    errors.into()
}

/// The day (in Iran) the centre accepted the volunteer.
fn accepted_on(p: &PlacementRow) -> Option<NaiveDate> {
    p.decided_at.and_then(day_of_ms)
}

/// The checked day comes after the placement began.
fn after_accepted(c: &Checked, p: &PlacementRow) -> Result<(), AppError> {
    let day = parse_iso(&c.day).ok_or(AppError::Internal)?;
    after_placement(day, accepted_on(p)).map_err(refused_day)
}

/// The volunteer reports a day at the centre of one of their accepted placements; it waits
/// for the centre. Answers the entry's id.
#[instrument(skip_all)]
pub async fn report(
    db: &Db,
    actor: &Actor,
    placement_id: i64,
    input: HoursInput<'_>,
) -> Result<i64, AppError> {
    let placement = centre_store::placement(db.read(), placement_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let volunteer = crate::server::db::volunteers::by_id(db.read(), placement.volunteer_id)
        .await?
        .ok_or(AppError::NotFound)?;
    if volunteer.user_id != actor.user_id {
        return Err(AppError::NotFound);
    }
    if placement.state != PlacementState::Accepted.as_str() {
        return Err(AppError::NotNow);
    }
    let c = check(&input)?;
    after_accepted(&c, &placement)?;
    let now = now_ms();
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    let entry = NewHours {
        volunteer_id: volunteer.id,
        placement_id: Some(placement_id),
        signup_id: None,
        centre_id: placement.centre_id,
        role_id: placement.role_id,
        served_on: &c.day,
        minutes: c.minutes,
        note: &c.note,
        state: HoursState::Pending.as_str(),
        reported_by: actor.user_id,
        decided_by: None,
        now,
    };
    let Some(id) = store::insert_hours(&mut tx, &entry).await? else {
        return Err(refused_day(FieldIssue::DayReported));
    };
    let after = json!({ "placement": placement_id, "day": c.day, "minutes": c.minutes });
    audit::change(
        &mut tx,
        Some(actor.user_id),
        "hours.report",
        "service_hours",
        id,
        after,
        now,
    )
    .await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(id)
}

/// The volunteer changes a day they reported (or the centre recorded): it waits again.
#[instrument(skip_all)]
pub async fn edit(
    db: &Db,
    actor: &Actor,
    id: i64,
    version: i64,
    input: HoursInput<'_>,
) -> Result<(), AppError> {
    let row = store::hours(db.read(), id)
        .await?
        .ok_or(AppError::NotFound)?;
    if row.volunteer_user_id != actor.user_id {
        return Err(AppError::NotFound);
    }
    // A shift's attendance is the centre's record, not the volunteer's to change.
    let placement_id = row.placement_id.ok_or(AppError::NotNow)?;
    let c = check(&input)?;
    let placement = centre_store::placement(db.read(), placement_id)
        .await?
        .ok_or(AppError::NotFound)?;
    after_accepted(&c, &placement)?;
    let to = after_edit(HoursState::parse(&row.state).unwrap_or(HoursState::Pending));
    let now = now_ms();
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    match store::edit_hours(&mut tx, id, version, &c.day, c.minutes, &c.note).await {
        Ok(true) => {}
        Ok(false) => return Err(AppError::Conflict),
        Err(DbError::Conflict) => return Err(refused_day(FieldIssue::DayReported)),
        Err(e) => return Err(e.into()),
    }
    let after = json!({ "day": c.day, "minutes": c.minutes, "state": to.as_str() });
    audit::change(
        &mut tx,
        Some(actor.user_id),
        "hours.edit",
        "service_hours",
        id,
        after,
        now,
    )
    .await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(())
}

/// The centre approves, or rejects with a reason, a day waiting for it; answers the centre.
#[instrument(skip_all)]
pub async fn decide(
    db: &Db,
    actor: &Actor,
    id: i64,
    version: i64,
    approve: bool,
    reason: &str,
) -> Result<i64, AppError> {
    let row = store::hours(db.read(), id)
        .await?
        .ok_or(AppError::NotFound)?;
    let centre = centre_store::find(db.read(), row.centre_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let who = centre_standing(Some(actor), &centre);
    if !who.decides() {
        return Err(refusal(who));
    }
    let state = HoursState::parse(&row.state).ok_or(AppError::Internal)?;
    let to = decide_rule(state, approve).map_err(|_| AppError::NotNow)?;
    let mut errors = FormErrors::default();
    let Some(reason) = errors.check("reason", rules::reason_unless(approve, reason)) else {
        return Err(errors.into());
    };
    let now = now_ms();
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    // The version the centre saw: a day the volunteer changed meanwhile is not approved unseen.
    if !store::decide_hours(
        &mut tx,
        id,
        version,
        to.as_str(),
        &reason,
        actor.user_id,
        now,
    )
    .await?
    {
        return Err(AppError::Conflict);
    }
    let after = json!({ "state": to.as_str(), "reason": reason });
    audit::change(
        &mut tx,
        Some(actor.user_id),
        "hours.decide",
        "service_hours",
        id,
        after,
        now,
    )
    .await?;
    tx.commit().await.map_err(DbError::from)?;
    if approve {
        award_due(db, Some(&[row.volunteer_id]), now).await?;
    }
    Ok(centre.id)
}

/// The centre records one day for several of its placed volunteers at once (approved as
/// recorded); a volunteer who has that day already keeps their entry. Answers how many were
/// recorded.
#[instrument(skip_all)]
pub async fn record(
    db: &Db,
    actor: &Actor,
    centre_id: i64,
    placements: &[i64],
    input: HoursInput<'_>,
) -> Result<u64, AppError> {
    let centre = centre_store::find(db.read(), centre_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let who = centre_standing(Some(actor), &centre);
    if !who.decides() {
        return Err(refusal(who));
    }
    let c = check(&input);
    let placed: Vec<_> = centre_store::placements_at(db.read(), centre_id)
        .await?
        .into_iter()
        .filter(|p| p.state == PlacementState::Accepted.as_str() && placements.contains(&p.id))
        .collect();
    let c = match (c, placed.is_empty()) {
        (Ok(c), false) => {
            let placed_by_then = placed.iter().any(|p| after_accepted(&c, p).is_ok());
            if !placed_by_then {
                return Err(refused_day(FieldIssue::BeforePlacement));
            }
            c
        }
        (result, none) => {
            let mut errors = match result {
                Err(AppError::Invalid(e)) => e,
                _ => FormErrors::default(),
            };
            if none {
                errors.push("placements", FieldIssue::Required);
            }
            return Err(errors.into());
        }
    };
    let now = now_ms();
    let mut recorded = 0;
    let mut volunteers = Vec::new();
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    for p in placed.iter().filter(|p| after_accepted(&c, p).is_ok()) {
        let entry = NewHours {
            volunteer_id: p.volunteer_id,
            placement_id: Some(p.id),
            signup_id: None,
            centre_id,
            role_id: p.role_id,
            served_on: &c.day,
            minutes: c.minutes,
            note: &c.note,
            state: HoursState::Approved.as_str(),
            reported_by: actor.user_id,
            decided_by: Some(actor.user_id),
            now,
        };
        if store::insert_hours(&mut tx, &entry).await?.is_some() {
            recorded += 1;
            volunteers.push(p.volunteer_id);
        }
    }
    let after = json!({ "day": c.day, "minutes": c.minutes, "recorded": recorded });
    audit::change(
        &mut tx,
        Some(actor.user_id),
        "hours.record",
        "centre",
        centre_id,
        after,
        now,
    )
    .await?;
    tx.commit().await.map_err(DbError::from)?;
    award_due(db, Some(&volunteers), now).await?;
    Ok(recorded)
}
