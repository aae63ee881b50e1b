//! Running a project: the lead and partners report progress and tick milestones; the lead
//! (and officials) move its status, suspending or cancelling only with a reason.
use super::{found, standing, status_of, tell_lead, LeadEvent};
use crate::api::AppError;
use crate::domain::directory_rules::{iso, optional_text, parse_iso, past_day, LONG_TEXT_MAX};
use crate::domain::permissions::Actor;
use crate::domain::project_rules::{self as rules, ProjectMove, ProjectRefusal, ProjectStatus};
use crate::domain::validation::{FieldIssue, FormErrors};
use crate::server::db::project_progress::{self as store, NewUpdate};
use crate::server::db::projects;
use crate::server::db::{audit, Db, DbError};
use crate::server::{now_ms, today_iso};
use serde_json::json;
use tracing::instrument;

/// A progress update as typed.
#[derive(Clone, Debug, Default)]
pub struct UpdateInput {
    pub reported_on: String,
    pub percent: String,
    pub body: String,
}

#[instrument(skip_all)]
pub async fn post_update(
    db: &Db,
    actor: &Actor,
    id: i64,
    input: UpdateInput,
) -> Result<i64, AppError> {
    let row = found(db, id).await?;
    if !standing(db, Some(actor), &row).await?.may_report() {
        return Err(AppError::Forbidden);
    }
    if matches!(
        status_of(&row),
        ProjectStatus::Completed | ProjectStatus::Cancelled
    ) {
        return Err(AppError::invalid("percent", FieldIssue::NotAllowedNow));
    }
    let today = parse_iso(&today_iso()).ok_or(AppError::Internal)?;
    let mut e = FormErrors::default();
    let on = e.check("reported_on", past_day(&input.reported_on, today));
    let percent = e.check("percent", rules::percent(&input.percent));
    let body = e.check("body", optional_text(&input.body, LONG_TEXT_MAX));
    let (Some(on), Some(percent), Some(body)) = (on, percent, body) else {
        return Err(e.into());
    };
    // The organisation it reports for: the lead if the caller represents it, else a partner.
    let partners = projects::partners_of(db.read(), &[id]).await?;
    let organisation = row
        .lead_organisation_id
        .filter(|l| actor.organisations.contains(l))
        .or_else(|| {
            partners
                .iter()
                .map(|(_, o, _, _)| *o)
                .find(|o| actor.organisations.contains(o))
        });
    let now = now_ms();
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    let update = store::insert_update(
        &mut tx,
        NewUpdate {
            project_id: id,
            reported_on: &iso(on),
            percent,
            body: &body,
            organisation_id: organisation,
            author_id: actor.user_id,
            now,
        },
    )
    .await?;
    let after = json!({ "update": update, "percent": percent, "on": iso(on) });
    audit::change(
        &mut tx,
        Some(actor.user_id),
        "project.update",
        "project",
        id,
        after,
        now,
    )
    .await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(update)
}

/// Ticks a milestone done today (or, with `done` false, reopens it); returns its project.
#[instrument(skip_all)]
pub async fn tick_milestone(
    db: &Db,
    actor: &Actor,
    milestone_id: i64,
    done: bool,
) -> Result<i64, AppError> {
    let m = store::find_milestone(db.read(), milestone_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let row = found(db, m.project_id).await?;
    if !standing(db, Some(actor), &row).await?.may_report() {
        return Err(AppError::Forbidden);
    }
    let today = today_iso();
    let now = now_ms();
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    store::set_done(
        &mut tx,
        milestone_id,
        done.then_some(today.as_str()),
        actor.user_id,
    )
    .await?;
    let after = json!({ "milestone": milestone_id, "title": m.title, "done": done });
    let action = if done {
        "project.milestone_done"
    } else {
        "project.milestone_reopened"
    };
    audit::change(
        &mut tx,
        Some(actor.user_id),
        action,
        "project",
        row.id,
        after,
        now,
    )
    .await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(row.id)
}

/// Moves a project's status; returns the new status.
#[instrument(skip_all)]
pub async fn change_status(
    db: &Db,
    actor: &Actor,
    id: i64,
    action: &str,
    reason: &str,
) -> Result<ProjectStatus, AppError> {
    let row = found(db, id).await?;
    let who = standing(db, Some(actor), &row).await?;
    let action = ProjectMove::parse(action.trim())
        .ok_or_else(|| AppError::invalid("action", FieldIssue::InvalidChoice))?;
    let reason = optional_text(reason, 2000).map_err(|i| AppError::invalid("reason", i))?;
    let from = status_of(&row);
    let to = rules::check(who, from, action, &reason).map_err(|r| match r {
        ProjectRefusal::NotFromHere => AppError::invalid("action", FieldIssue::NotAllowedNow),
        ProjectRefusal::NotYours => AppError::Forbidden,
        ProjectRefusal::ReasonRequired => AppError::invalid("reason", FieldIssue::Required),
    })?;
    let now = now_ms();
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    match projects::set_status(&mut tx, id, from.as_str(), to.as_str(), now).await {
        Err(DbError::Conflict) => {
            return Err(AppError::invalid("action", FieldIssue::ChangedMeanwhile))
        }
        other => other?,
    }
    store::insert_status_change(
        &mut tx,
        id,
        from.as_str(),
        to.as_str(),
        &reason,
        actor.user_id,
        now,
    )
    .await?;
    let after = json!({ "status": to.as_str(), "from": from.as_str(), "reason": reason });
    audit::change(
        &mut tx,
        Some(actor.user_id),
        "project.status",
        "project",
        id,
        after,
        now,
    )
    .await?;
    let event = LeadEvent {
        lead: None,
        kind: "project_status",
        detail: to.as_str(),
        actor_id: actor.user_id,
        now,
    };
    tell_lead(db, &mut tx, &row, &event).await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(to)
}
