//! The intermediary verifies, activates and (with a reason) deactivates its volunteers; a
//! volunteer may step back themselves. Versioned: a move on a stale page is refused.
use super::standing;
use crate::api::AppError;
use crate::domain::directory_rules as rules;
use crate::domain::permissions::Actor;
use crate::domain::validation::{FieldIssue, FormErrors};
use crate::domain::volunteer_rules::{needs_reason, volunteer_move, VolunteerMove, VolunteerState};
use crate::server::db::volunteers as store;
use crate::server::db::{audit, Db, DbError};
use crate::server::now_ms;
use serde_json::json;
use tracing::instrument;

/// Makes `step` on volunteer `id` as last seen at `version`; answers the state it led to.
#[instrument(skip_all, fields(id, step))]
pub async fn make_move(
    db: &Db,
    actor: &Actor,
    id: i64,
    version: i64,
    step: &str,
    reason: &str,
) -> Result<VolunteerState, AppError> {
    let row = store::by_id(db.read(), id)
        .await?
        .ok_or(AppError::NotFound)?;
    let who = standing(actor, &row);
    // Strangers learn nothing, not even that this volunteer exists.
    if !who.sees_contact() {
        return Err(AppError::NotFound);
    }
    let step = VolunteerMove::parse(step).ok_or(AppError::BadRequest)?;
    let from = VolunteerState::parse(&row.state).ok_or(AppError::Internal)?;
    let to = match volunteer_move(from, step, who) {
        Ok(to) => to,
        Err(FieldIssue::NotAllowedNow) => return Err(AppError::Forbidden),
        Err(_) => return Err(AppError::NotNow),
    };
    let mut errors = FormErrors::default();
    let reason = if needs_reason(step) {
        errors.check(
            "reason",
            rules::required_text(reason, rules::SHORT_TEXT_MAX),
        )
    } else {
        Some(String::new())
    };
    let Some(reason) = reason.filter(|_| errors.is_empty()) else {
        return Err(errors.into());
    };
    let now = now_ms();
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    if !store::set_state(&mut tx, id, version, to.as_str(), &reason, now).await? {
        return Err(AppError::Conflict);
    }
    let after = json!({ "from": from.as_str(), "to": to.as_str(), "reason": reason });
    audit::change(
        &mut tx,
        Some(actor.user_id),
        "volunteer.move",
        "volunteer",
        id,
        after,
        now,
    )
    .await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(to)
}
