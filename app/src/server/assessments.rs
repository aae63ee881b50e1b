//! Recording needs assessments (a verified organisation's representatives) and reading a
//! neighbourhood's assessments (everyone: they are the public case for its projects).
use crate::api::AppError;
use crate::domain::assessment_rules::{check, AssessmentMethod, AssessmentText};
use crate::domain::codes::{Dimension, OrgStatus};
use crate::domain::directory_rules::{iso, parse_iso};
use crate::domain::permissions::Actor;
use crate::domain::validation::FieldIssue;
use crate::model::assessments::{AssessmentEntry, NeedEntry};
use crate::model::directory::Named;
use crate::server::db::assessments::{self as store, NewAssessment};
use crate::server::db::{audit, neighbourhoods, organisations, Db, DbError};
use crate::server::directory::named;
use crate::server::now_ms;
use serde_json::json;
use tracing::instrument;

/// Records an assessment for `organisation_id` (which the caller must represent, verified).
#[instrument(skip_all)]
pub async fn record(
    db: &Db,
    actor: &Actor,
    organisation_id: i64,
    neighbourhood_id: i64,
    input: AssessmentText,
) -> Result<i64, AppError> {
    let verified = match organisations::find(db.read(), organisation_id).await? {
        Some(o) => o.status == OrgStatus::Verified.as_str(),
        None => false,
    };
    if !actor.organisations.contains(&organisation_id) || !verified {
        return Err(AppError::Forbidden);
    }
    let today = parse_iso(&crate::server::today_iso()).ok_or(AppError::Internal)?;
    let mut fields = check(&input, today);
    if neighbourhoods::find(db.read(), neighbourhood_id)
        .await?
        .is_none()
    {
        let mut e = fields.err().unwrap_or_default();
        e.push("neighbourhood_id", FieldIssue::InvalidChoice);
        fields = Err(e);
    }
    let a = fields.map_err(AppError::from)?;
    let now = now_ms();
    let on = iso(a.assessed_on);
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    let id = store::insert(
        &mut tx,
        NewAssessment {
            organisation_id,
            neighbourhood_id,
            assessed_on: &on,
            method: a.method.as_str(),
            households: a.households,
            findings: &a.findings,
            created_by: Some(actor.user_id),
            now,
        },
    )
    .await?;
    for (i, (dimension, need)) in a.needs.iter().enumerate() {
        store::add_need(&mut tx, id, i as i64 + 1, dimension.as_str(), need).await?;
    }
    let after = json!({ "assessment": id, "neighbourhood": neighbourhood_id, "on": on,
                        "needs": a.needs.len() });
    audit::change(
        &mut tx,
        Some(actor.user_id),
        "assessment.record",
        "organisation",
        organisation_id,
        after,
        now,
    )
    .await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(id)
}

/// A neighbourhood's assessments with their ranked needs, newest first (two queries).
pub async fn of_neighbourhood(
    db: &Db,
    neighbourhood_id: i64,
) -> Result<Vec<AssessmentEntry>, AppError> {
    let rows = store::of_neighbourhood(db.read(), neighbourhood_id).await?;
    let needs = store::needs_in_neighbourhood(db.read(), neighbourhood_id).await?;
    Ok(rows
        .into_iter()
        .map(|a| AssessmentEntry {
            id: a.id,
            organisation: named((a.organisation_id, a.organisation)),
            day: a.assessed_on,
            method: AssessmentMethod::parse(&a.method).unwrap_or(AssessmentMethod::Other),
            households: a.households,
            findings: a.findings,
            needs: needs
                .iter()
                .filter(|(id, _, _, _)| *id == a.id)
                .map(|(_, rank, d, need)| NeedEntry {
                    rank: *rank,
                    dimension: Dimension::parse(d).unwrap_or(Dimension::Other),
                    need: need.clone(),
                })
                .collect(),
        })
        .collect())
}

/// The verified organisations the caller represents: those it may record assessments and
/// propose projects for.
pub async fn represented_verified(db: &Db, actor: &Actor) -> Result<Vec<Named>, AppError> {
    let rows = organisations::verified_represented_by(db.read(), actor.user_id).await?;
    Ok(rows.into_iter().map(named).collect())
}
