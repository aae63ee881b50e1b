//! A project is born from an approved proposal (inside the approval's transaction), or an
//! official defines one directly from a committee decision.
use crate::api::AppError;
use crate::domain::directory_rules::{required_text, title, LONG_TEXT_MAX, TITLE_MAX};
use crate::domain::normalize::fold_for_search;
use crate::domain::permissions::Actor;
use crate::domain::validation::{FieldIssue, FormErrors};
use crate::model::directory::Named;
use crate::server::db::projects::{self as store, NewProject};
use crate::server::db::proposals::{self, ProposalRow};
use crate::server::db::{audit, committees, Db, DbError};
use crate::server::directory::named;
use crate::server::now_ms;
use serde_json::json;
use sqlx::AnyConnection;
use tracing::instrument;

/// Creates the project of an approved proposal: its title, summary, budget, neighbourhoods
/// and partners carry over; the assignment follows.
pub(crate) async fn from_proposal(
    db: &Db,
    conn: &mut AnyConnection,
    row: &ProposalRow,
    actor_id: i64,
    now: i64,
) -> Result<i64, DbError> {
    let places = proposals::neighbourhoods_of(db.read(), &[row.id]).await?;
    let partners = proposals::partners_of(db.read(), &[row.id]).await?;
    let id = store::insert(
        conn,
        NewProject {
            proposal_id: Some(row.id),
            title: &row.title,
            summary: &row.summary,
            dimension: &row.dimension,
            committee_id: row.committee_id,
            decision: "",
            budget_rials: row.budget_rials,
            search_text: &fold_for_search(&row.title),
            created_by: actor_id,
            now,
        },
    )
    .await?;
    let partners: Vec<(i64, String)> = partners
        .into_iter()
        .map(|(_, o, _)| (o, String::new()))
        .collect();
    let places: Vec<i64> = places.into_iter().map(|(_, n, _)| n).collect();
    store::set_links(conn, id, &places, &partners, &[]).await?;
    let after = json!({ "project": id, "from_proposal": row.id });
    audit::change(
        conn,
        Some(actor_id),
        "project.create",
        "project",
        id,
        after,
        now,
    )
    .await?;
    Ok(id)
}

/// An official defines a project directly from a committee's decision.
pub async fn from_decision(
    db: &Db,
    actor: &Actor,
    committee_id: i64,
    name: &str,
    decision: &str,
) -> Result<i64, AppError> {
    if !actor.is_staff() {
        return Err(AppError::Forbidden);
    }
    let mut e = FormErrors::default();
    let name = e.check("title", title(name, 5, TITLE_MAX));
    let decision = e.check("decision", required_text(decision, LONG_TEXT_MAX));
    let committee = committees::find(db.read(), committee_id).await?;
    if committee.is_none() {
        e.push("committee_id", FieldIssue::InvalidChoice);
    }
    let (Some(name), Some(decision), Some(committee)) = (name, decision, committee) else {
        return Err(e.into());
    };
    let now = now_ms();
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    let id = store::insert(
        &mut tx,
        NewProject {
            proposal_id: None,
            title: &name,
            summary: "",
            dimension: &committee.dimension,
            committee_id: Some(committee_id),
            decision: &decision,
            budget_rials: None,
            search_text: &fold_for_search(&name),
            created_by: actor.user_id,
            now,
        },
    )
    .await?;
    let after = json!({ "project": id, "committee": committee_id, "decision": decision });
    audit::change(
        &mut tx,
        Some(actor.user_id),
        "project.create",
        "project",
        id,
        after,
        now,
    )
    .await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(id)
}

/// The active committees an official may record a decision of.
#[instrument(skip_all)]
pub async fn committees(db: &Db, actor: &Actor) -> Result<Vec<Named>, AppError> {
    if !actor.is_staff() {
        return Err(AppError::Forbidden);
    }
    Ok(committees::active_names(db.read())
        .await?
        .into_iter()
        .map(named)
        .collect())
}
