//! A second registration with a national code already registered becomes a request to join
//! that profile to the new account (a new phone, a lost password, a profile an intermediary
//! typed in for someone). Only the profile's intermediary decides: it can call both numbers.
//! The one asking never learns whose profile it is.
use crate::api::AppError;
use crate::domain::directory_rules::reason_unless;
use crate::domain::permissions::Actor;
use crate::domain::validation::FormErrors;
use crate::model::volunteers::MergeView;
use crate::server::db::volunteer_merges::{self as store, MergeRow};
use crate::server::db::{audit, volunteers, Db, DbError};
use crate::server::now_ms;
use serde_json::json;
use tracing::instrument;

fn view(row: MergeRow, for_intermediary: bool) -> MergeView {
    MergeView {
        id: row.id,
        volunteer: for_intermediary.then_some((row.volunteer_id, row.volunteer_name)),
        username: for_intermediary.then_some(row.username),
        full_name: for_intermediary.then_some(row.full_name),
        mobile: for_intermediary.then_some(row.mobile),
        state: row.state,
        reason: row.reason,
        sent_at: row.sent_at,
        decided_at: row.decided_at,
    }
}

/// Asks to join the profile registered with `volunteer_id`'s code to the caller's account; one
/// waiting request per account (`NotNow` for a second).
#[instrument(skip_all)]
pub async fn request(
    db: &Db,
    actor: &Actor,
    volunteer_id: i64,
    full_name: &str,
    mobile: &str,
) -> Result<(), AppError> {
    let now = now_ms();
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    let id = match store::insert(&mut tx, volunteer_id, actor.user_id, full_name, mobile, now).await
    {
        Ok(id) => id,
        Err(DbError::Conflict) => return Err(AppError::NotNow),
        Err(e) => return Err(e.into()),
    };
    // The audit names the profile, never what was typed.
    let after = json!({ "volunteer": volunteer_id });
    audit::change(
        &mut tx,
        Some(actor.user_id),
        "volunteer.merge_request",
        "volunteer_merge",
        id,
        after,
        now,
    )
    .await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(())
}

/// The caller's latest request, as they may see it (not whose profile it is).
pub async fn mine(db: &Db, actor: &Actor) -> Result<Option<MergeView>, AppError> {
    Ok(store::latest_of_user(db.read(), actor.user_id)
        .await?
        .map(|r| view(r, false)))
}

/// The requests waiting for the intermediaries the caller represents (the organisations its
/// volunteers name, as `decide` and "my work" judge it).
pub async fn waiting(db: &Db, actor: &Actor) -> Result<Vec<MergeView>, AppError> {
    Ok(store::pending_for(db.read(), &actor.organisations)
        .await?
        .into_iter()
        .map(|r| view(r, true))
        .collect())
}

/// The intermediary joins the profile to the account that asked, or refuses with a reason.
#[instrument(skip_all)]
pub async fn decide(
    db: &Db,
    actor: &Actor,
    merge_id: i64,
    join: bool,
    reason: &str,
) -> Result<(), AppError> {
    let row = store::by_id(db.read(), merge_id)
        .await?
        .ok_or(AppError::NotFound)?;
    // Nobody else learns such a request exists.
    if !actor.organisations.contains(&row.intermediary_id) {
        return Err(AppError::NotFound);
    }
    if row.state != "pending" {
        return Err(AppError::NotNow);
    }
    let mut errors = FormErrors::default();
    let Some(reason) = errors.check("reason", reason_unless(join, reason)) else {
        return Err(errors.into());
    };
    // An account holds one profile: one registered meanwhile must be refused instead.
    if join && volunteers::of_user(db.read(), row.user_id).await?.is_some() {
        return Err(AppError::NotNow);
    }
    let now = now_ms();
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    let state = if join { "merged" } else { "refused" };
    if !store::decide(&mut tx, merge_id, state, &reason, actor.user_id, now).await? {
        return Err(AppError::NotNow);
    }
    if join {
        store::move_profile(&mut tx, row.volunteer_id, row.user_id, &row.mobile, now).await?;
        store::refuse_others(&mut tx, row.volunteer_id, actor.user_id, now).await?;
    }
    let after = json!({ "volunteer": row.volunteer_id, "state": state });
    audit::change(
        &mut tx,
        Some(actor.user_id),
        "volunteer.merge_decision",
        "volunteer_merge",
        merge_id,
        after,
        now,
    )
    .await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(())
}
