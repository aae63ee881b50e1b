//! Placements: the intermediary proposes one of its active volunteers for an open request;
//! the centre accepts, or declines with a reason, before the answer is due; unanswered
//! proposals return to the intermediary's work.
use super::{refusal, standing};
use crate::api::AppError;
use crate::domain::centre_rules::{answer as answer_rule, answer_by, PlacementState};
use crate::domain::directory_rules as rules;
use crate::domain::notices::NoticeKind;
use crate::domain::permissions::Actor;
use crate::domain::validation::FormErrors;
use crate::domain::volunteer_rules::VolunteerState;
use crate::server::db::centres::{self as store, CentreRow};
use crate::server::db::notifications::{notify, NewNotification};
use crate::server::db::{audit, organisations, volunteers, Db, DbError};
use crate::server::{now_ms, today_iso};
use serde_json::json;
use sqlx::AnyConnection;
use std::collections::HashMap;
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
    let centre = store::find(db.read(), request.centre_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let to_centre = centre_people(db, &centre).await?;
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
    let told = Told {
        centre: &centre.name,
        detail: "proposed",
        note: "",
        actor: Some(actor.user_id),
        now,
    };
    told.tell(
        &mut tx,
        &to_centre,
        &format!("/centres/{}#placement-{id}", centre.id),
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
    if !who.decides() {
        return Err(refusal(who));
    }
    let state = PlacementState::parse(&placement.state).ok_or(AppError::Internal)?;
    let to = answer_rule(state, accept, who).map_err(|_| AppError::NotNow)?;
    let mut errors = FormErrors::default();
    let Some(reason) = errors.check("reason", rules::reason_unless(accept, reason)) else {
        return Err(errors.into());
    };
    let volunteer = volunteers::by_id(db.read(), placement.volunteer_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let bridge = representatives(db, volunteer.intermediary_id).await?;
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
    let told = Told {
        centre: &centre.name,
        detail: to.as_str(),
        note: &reason,
        actor: Some(actor.user_id),
        now,
    };
    told.tell(&mut tx, &[volunteer.user_id], "/volunteers/me")
        .await?;
    let roster = format!("/volunteers#volunteer-{}", volunteer.id);
    told.tell(&mut tx, &bridge, &roster).await?;
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
    let due = store::overdue(db.read(), now).await?;
    if due.is_empty() {
        return Ok(0);
    }
    let ids: Vec<i64> = due.iter().map(|p| p.volunteer_id).collect();
    let owners = volunteers::by_ids(db.read(), &ids).await?;
    // Each intermediary's representatives read once, however many of its proposals return.
    let mut bridges: HashMap<i64, Vec<i64>> = HashMap::new();
    for owner in &owners {
        if let std::collections::hash_map::Entry::Vacant(slot) =
            bridges.entry(owner.intermediary_id)
        {
            slot.insert(representatives(db, owner.intermediary_id).await?);
        }
    }
    let mut returned = 0;
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    for p in &due {
        // Told only by the run that returned it: several instances never tell twice.
        if !store::return_one(&mut tx, p.id, now).await? {
            continue;
        }
        returned += 1;
        let Some(owner) = owners.iter().find(|v| v.id == p.volunteer_id) else {
            continue;
        };
        let bridge = bridges
            .get(&owner.intermediary_id)
            .cloned()
            .unwrap_or_default();
        let told = Told {
            centre: &p.centre,
            detail: PlacementState::Returned.as_str(),
            note: "",
            actor: None,
            now,
        };
        let roster = format!("/volunteers#volunteer-{}", owner.id);
        told.tell(&mut tx, &bridge, &roster).await?;
    }
    tx.commit().await.map_err(DbError::from)?;
    Ok(returned)
}

/// What became of a placement, told to those it concerns. The subject is the centre's name:
/// no volunteer's name or number leaves in a notification's email.
struct Told<'a> {
    centre: &'a str,
    detail: &'a str,
    /// A decline's reason.
    note: &'a str,
    actor: Option<i64>,
    now: i64,
}

impl Told<'_> {
    async fn tell(&self, conn: &mut AnyConnection, to: &[i64], link: &str) -> Result<(), DbError> {
        let notice = NewNotification {
            kind: NoticeKind::Placement.as_str(),
            subject: self.centre,
            detail: self.detail,
            note: self.note,
            link,
            actor_id: self.actor,
            now: self.now,
        };
        notify(conn, to, &notice).await
    }
}

/// The accounts of an organisation's representatives.
async fn representatives(db: &Db, organisation: i64) -> Result<Vec<i64>, AppError> {
    Ok(organisations::representatives_of(db.read(), organisation)
        .await?
        .into_iter()
        .map(|r| r.0)
        .collect())
}

/// Those who answer for a centre: its manager account and the running organisation's
/// representatives.
async fn centre_people(db: &Db, centre: &CentreRow) -> Result<Vec<i64>, AppError> {
    let mut people = representatives(db, centre.organisation_id).await?;
    if let Some(manager) = centre.manager_id {
        if !people.contains(&manager) {
            people.insert(0, manager);
        }
    }
    Ok(people)
}
