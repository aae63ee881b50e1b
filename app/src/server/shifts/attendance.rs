//! Attendance: after a shift started, those who run it tick who came; each who came gets the
//! shift's hours as approved service (a certificate may fall due), the others are marked
//! absent. Recorded once per shift.
use super::{moment, standing_to};
use crate::api::AppError;
use crate::domain::directory_rules::parse_iso;
use crate::domain::permissions::Actor;
use crate::domain::service_rules::HoursState;
use crate::domain::shift_rules::{self as rules, SignupState};
use crate::server::db::service::{self as hours_store, NewHours};
use crate::server::db::shifts as store;
use crate::server::db::{audit, Db, DbError};
use crate::server::{now_ms, today_iso};
use serde_json::json;
use tracing::instrument;

/// Records who came (`came`: sign-up ids; any other id is ignored); answers the opportunity's
/// id and how many came.
#[instrument(skip_all)]
pub async fn record(
    db: &Db,
    actor: &Actor,
    shift_id: i64,
    came: &[i64],
) -> Result<(i64, usize), AppError> {
    let shift = store::shift(db.read(), shift_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let today = today_iso();
    let opportunity = store::opportunity(db.read(), shift.opportunity_id, &today)
        .await?
        .ok_or(AppError::NotFound)?;
    // Who came is the centre's (or the publisher's) to say, not an official's.
    if !standing_to(db, Some(actor), &opportunity).await?.decides() {
        return Err(AppError::Forbidden);
    }
    let now = now_ms();
    let day = parse_iso(&shift.day).ok_or(AppError::Internal)?;
    let today = parse_iso(&today).unwrap_or_default();
    if shift.attendance_at.is_some() || !rules::attendance_open(day, moment(&shift), now, today) {
        return Err(AppError::NotNow);
    }
    let minutes = rules::length_minutes(&shift.starts_at, &shift.ends_at);
    let booked: Vec<_> = store::signups_of_shifts(db.read(), &[shift_id])
        .await?
        .into_iter()
        .filter(|g| g.state == SignupState::Booked.as_str())
        .collect();
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    if !store::mark_attendance(&mut tx, shift_id, now).await? {
        return Err(AppError::Conflict);
    }
    let mut attended = Vec::new();
    for g in &booked {
        let here = came.contains(&g.id);
        store::set_attended(&mut tx, g.id, here).await?;
        if !here || minutes <= 0 {
            continue;
        }
        let entry = NewHours {
            volunteer_id: g.volunteer_id,
            placement_id: None,
            signup_id: Some(g.id),
            centre_id: opportunity.centre_id,
            role_id: opportunity.role_id,
            served_on: &shift.day,
            minutes,
            note: &opportunity.title,
            state: HoursState::Approved.as_str(),
            reported_by: actor.user_id,
            decided_by: Some(actor.user_id),
            now,
        };
        if hours_store::insert_hours(&mut tx, &entry).await?.is_some() {
            attended.push(g.volunteer_id);
        }
    }
    let after = json!({ "came": attended.len(), "booked": booked.len() });
    audit::change(
        &mut tx,
        Some(actor.user_id),
        "shift.attendance",
        "shift",
        shift_id,
        after,
        now,
    )
    .await?;
    tx.commit().await.map_err(DbError::from)?;
    crate::server::service::certificates::award_due(db, Some(&attended), now).await?;
    Ok((opportunity.id, attended.len()))
}
