//! Placements: the intermediary proposes one of its active volunteers for an open request;
//! the centre accepts, or declines with a reason, before the answer is due; unanswered
//! proposals return to the intermediary's work.
use super::standing;
use crate::api::AppError;
use crate::domain::centre_rules::{answer as answer_rule, answer_by, PlacementState};
use crate::domain::directory_rules as rules;
use crate::domain::permissions::Actor;
use crate::domain::validation::FormErrors;
use crate::domain::volunteer_rules::VolunteerState;
use crate::server::db::centres as store;
use crate::server::db::volunteers;
use crate::server::db::{audit, Db, DbError};
use crate::server::{now_ms, today_iso};
use serde_json::json;
use tracing::instrument;

/// The intermediary proposes `volunteer_id` for `request_id`; the centre has `answer_days`.
#[instrument(skip_all)]
pub async fn propose(
    db: &Db,
    actor: &Actor,
    volunteer_id: i64,
    request_id: i64,
    answer_days: i64,
) -> Result<i64, AppError> {
    let volunteer = volunteers::by_id(db.read(), volunteer_id)
        .await?
        .ok_or(AppError::NotFound)?;
    // Only the volunteer's own intermediary routes them; to anyone else they do not exist.
    if !actor.organisations.contains(&volunteer.intermediary_id) {
        return Err(AppError::NotFound);
    }
    if volunteer.state != VolunteerState::Active.as_str() {
        return Err(AppError::NotNow);
    }
    let request = store::request(db.read(), request_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let today = today_iso();
    let open = request.closed_at.is_none()
        && request.starts_on <= today
        && request
            .ends_on
            .as_deref()
            .is_none_or(|end| end >= today.as_str());
    let offers = volunteers::offers(db.read(), volunteer_id).await?;
    if !open || request.places_left <= 0 || !offers.contains(&request.role_id) {
        return Err(AppError::NotNow);
    }
    let already = store::placements_of(db.read(), &[volunteer_id])
        .await?
        .into_iter()
        .any(|p| p.request_id == request_id && matches!(p.state.as_str(), "proposed" | "accepted"));
    if already {
        return Err(AppError::NotNow);
    }
    let now = now_ms();
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    let id = store::propose(
        &mut tx,
        volunteer_id,
        request_id,
        actor.user_id,
        now,
        answer_by(now, answer_days),
    )
    .await?;
    let after = json!({ "volunteer": volunteer_id, "request": request_id });
    audit::change(
        &mut tx,
        Some(actor.user_id),
        "placement.propose",
        "placement",
        id,
        after,
        now,
    )
    .await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(id)
}

/// The centre accepts, or declines with a reason; answers the centre's id.
#[instrument(skip_all)]
pub async fn answer(
    db: &Db,
    actor: &Actor,
    placement_id: i64,
    accept: bool,
    reason: &str,
) -> Result<i64, AppError> {
    let placement = store::placement(db.read(), placement_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let centre = store::find(db.read(), placement.centre_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let who = standing(Some(actor), &centre);
    if !who.manages() {
        return Err(AppError::NotFound);
    }
    let state = PlacementState::parse(&placement.state).ok_or(AppError::Internal)?;
    let to = answer_rule(state, accept, who).map_err(|_| AppError::NotNow)?;
    let mut errors = FormErrors::default();
    let Some(reason) = errors.check("reason", rules::reason_unless(accept, reason)) else {
        return Err(errors.into());
    };
    let now = now_ms();
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    if !store::decide(
        &mut tx,
        placement_id,
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
        "placement.answer",
        "placement",
        placement_id,
        after,
        now,
    )
    .await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(centre.id)
}

/// Returns the proposals whose answer was due before `now` to their intermediaries (a
/// periodic task; harmless to run often or on several instances).
pub async fn return_overdue(db: &Db, now: i64) -> Result<u64, AppError> {
    let mut conn = db.write().acquire().await.map_err(DbError::from)?;
    Ok(store::return_overdue(&mut conn, now).await?)
}
