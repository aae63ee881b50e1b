//! `/follow-up`: the running projects that have stalled, the longest stalled first, with the
//! last update and who owes the next one; officials record what they did about it, and the
//! lead agency is told.
use super::{cards, found, tell_lead, LeadEvent};
use crate::api::AppError;
use crate::domain::directory_rules::{choice, required_text};
use crate::domain::permissions::Actor;
use crate::domain::project_rules::{FollowUpAction, StalledRule};
use crate::domain::validation::FormErrors;
use crate::model::projects::FollowUpItem;
use crate::server::db::project_progress as store;
use crate::server::db::projects;
use crate::server::db::{audit, Db, DbError};
use crate::server::now_ms;
use serde_json::json;
use tracing::instrument;

#[instrument(skip_all)]
pub async fn list(
    db: &Db,
    actor: Option<&Actor>,
    rule: StalledRule,
) -> Result<Vec<FollowUpItem>, AppError> {
    match actor {
        None => return Err(AppError::SignInRequired),
        Some(a) if !a.is_staff() => return Err(AppError::Forbidden),
        Some(_) => {}
    }
    let rows = projects::running(db.read()).await?;
    let open = projects::open_milestones_of_running(db.read()).await?;
    let follow_ups = store::follow_ups(db.read(), None).await?;
    let mut items: Vec<FollowUpItem> = cards(db, rule, rows, &open)
        .await?
        .into_iter()
        .filter_map(|card| {
            let stalled = card.stalled?;
            let last_follow_up = follow_ups
                .iter()
                .rev()
                .find(|f| f.project_id == card.id)
                .and_then(|f| FollowUpAction::parse(&f.action).map(|a| (a, f.created_at)));
            Some(FollowUpItem {
                card,
                stalled,
                last_follow_up,
            })
        })
        .collect();
    items.sort_by_key(|i| std::cmp::Reverse(i.stalled.days()));
    Ok(items)
}

#[instrument(skip_all)]
pub async fn record(
    db: &Db,
    actor: &Actor,
    id: i64,
    action: &str,
    note: &str,
) -> Result<i64, AppError> {
    let row = found(db, id).await?;
    if !actor.is_staff() {
        return Err(AppError::Forbidden);
    }
    let mut e = FormErrors::default();
    let action = e.check("action", choice(action, FollowUpAction::parse));
    let note = e.check("note", required_text(note, 2000));
    let (Some(action), Some(note)) = (action, note) else {
        return Err(e.into());
    };
    let now = now_ms();
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    let follow_up =
        store::insert_follow_up(&mut tx, id, action.as_str(), &note, actor.user_id, now).await?;
    let after = json!({ "follow_up": follow_up, "action": action.as_str(), "note": note });
    audit::change(
        &mut tx,
        Some(actor.user_id),
        "project.follow_up",
        "project",
        id,
        after,
        now,
    )
    .await?;
    let event = LeadEvent {
        lead: None,
        kind: "project_follow_up",
        detail: action.as_str(),
        actor_id: actor.user_id,
        now,
    };
    tell_lead(db, &mut tx, &row, &event).await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(follow_up)
}
