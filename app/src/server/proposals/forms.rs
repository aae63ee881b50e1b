//! Drafting a proposal: the form's choices and values, and saving (a draft at any point;
//! submitting only when complete). Only the proposing organisation's representatives edit,
//! and only while it is a draft or its revision was requested.
use super::{status_of, visible};
use crate::api::AppError;
use crate::domain::money;
use crate::domain::normalize::fold_for_search;
use crate::domain::permissions::Actor;
use crate::domain::proposal_flow::ProposalStatus;
use crate::domain::proposal_rules::{
    check_fields, join_groups, missing_for_submission, parse_groups, ProposalFields, ProposalText,
};
use crate::domain::validation::{FieldIssue, FormErrors};
use crate::model::proposals::{AssessmentChoice, ProposalEdit, ProposalForm};
use crate::server::assessments::represented_verified;
use crate::server::db::proposals::{self as store, ProposalValues};
use crate::server::db::{assessments, audit, organisations, Db, DbError};
use crate::server::directory::{changed_meanwhile, has_unknown_neighbourhood, named};
use crate::server::now_ms;
use serde_json::json;
use tracing::instrument;

/// The form for a new proposal (`id` None) or to edit one.
#[instrument(skip_all)]
pub async fn form(db: &Db, actor: &Actor, id: Option<i64>) -> Result<ProposalForm, AppError> {
    let values = match id {
        Some(id) => Some(editable(db, actor, id).await?),
        None => None,
    };
    let organisations = represented_verified(db, actor).await?;
    if values.is_none() && organisations.is_empty() {
        return Err(AppError::Forbidden);
    }
    let partners = organisations::verified_of_kind(db.read(), "")
        .await?
        .into_iter()
        .map(named)
        .collect();
    let assessments = assessments::choices(db.read())
        .await?
        .into_iter()
        .map(|(id, neighbourhood, organisation, day)| AssessmentChoice {
            id,
            neighbourhood,
            organisation,
            day,
        })
        .collect();
    Ok(ProposalForm {
        organisations,
        neighbourhoods: crate::server::directory::neighbourhood_choices(db).await?,
        partners,
        assessments,
        values,
    })
}

/// A proposal's values as typed, if this caller may edit it now.
async fn editable(db: &Db, actor: &Actor, id: i64) -> Result<ProposalEdit, AppError> {
    let row = visible(db, Some(actor), id).await?;
    if !actor.organisations.contains(&row.organisation_id) {
        return Err(AppError::Forbidden);
    }
    let status = status_of(&row);
    if !matches!(
        status,
        ProposalStatus::Draft | ProposalStatus::RevisionRequested
    ) {
        return Err(AppError::Forbidden);
    }
    let places = store::neighbourhoods_of(db.read(), &[id]).await?;
    let partners = store::partners_of(db.read(), &[id]).await?;
    let count = |n: Option<i64>| n.map(|n| n.to_string()).unwrap_or_default();
    Ok(ProposalEdit {
        id,
        organisation_id: row.organisation_id,
        version: row.version,
        status,
        text: ProposalText {
            title: row.title,
            summary: row.summary,
            dimension: row.dimension,
            objectives: row.objectives,
            beneficiaries: count(row.beneficiaries),
            groups: parse_groups(&row.beneficiary_groups)
                .iter()
                .map(|g| g.as_str().to_string())
                .collect(),
            activities: row.activities,
            duration_months: count(row.duration_months),
            budget_rials: row
                .budget_rials
                .map(|r| money::format_amount(r, false))
                .unwrap_or_default(),
            neighbourhood_ids: places.into_iter().map(|(_, n, _)| n).collect(),
            partner_ids: partners.into_iter().map(|(_, o, _)| o).collect(),
            assessment_id: row.assessment_id,
        },
    })
}

/// Where the draft goes: a new one for `organisation_id`, or the existing `id` at `version`.
#[derive(Clone, Copy, Debug)]
pub enum Target {
    New { organisation_id: i64 },
    Existing { id: i64, version: i64 },
}

async fn checked(
    db: &Db,
    proposer: i64,
    text: &ProposalText,
    submit: bool,
) -> Result<ProposalFields, AppError> {
    let mut errors = match check_fields(text) {
        Ok(fields) => {
            let mut e = if submit {
                missing_for_submission(&fields)
            } else {
                FormErrors::default()
            };
            if e.is_empty() {
                e = references(db, proposer, &fields).await?;
            }
            if e.is_empty() {
                return Ok(fields);
            }
            e
        }
        Err(e) => e,
    };
    if errors.is_empty() {
        errors.push("title", FieldIssue::Required);
    }
    Err(errors.into())
}

/// The ids a form sent must name real things: neighbourhoods, verified partner organisations
/// other than the proposer, an existing assessment.
async fn references(
    db: &Db,
    proposer: i64,
    fields: &ProposalFields,
) -> Result<FormErrors, AppError> {
    let mut e = FormErrors::default();
    if has_unknown_neighbourhood(db, &fields.neighbourhood_ids).await? {
        e.push("neighbourhoods", FieldIssue::InvalidChoice);
    }
    let verified = organisations::verified_of_kind(db.read(), "").await?;
    let bad_partner = fields
        .partner_ids
        .iter()
        .any(|p| *p == proposer || !verified.iter().any(|(id, _)| id == p));
    if bad_partner {
        e.push("partners", FieldIssue::InvalidChoice);
    }
    if let Some(a) = fields.assessment_id {
        if assessments::find(db.read(), a).await?.is_none() {
            e.push("assessment_id", FieldIssue::InvalidChoice);
        }
    }
    Ok(e)
}

/// Saves the draft (with `complete`, only if every section is filled in: the proposer then
/// attaches documents and sends it from its page); returns the proposal's id.
#[instrument(skip_all)]
pub async fn save(
    db: &Db,
    actor: &Actor,
    target: Target,
    text: ProposalText,
    complete: bool,
) -> Result<i64, AppError> {
    let proposer = match target {
        Target::New { organisation_id } => {
            let mine = represented_verified(db, actor).await?;
            if !mine.iter().any(|o| o.id == organisation_id) {
                return Err(if mine.is_empty() {
                    AppError::Forbidden
                } else {
                    AppError::invalid("organisation_id", FieldIssue::InvalidChoice)
                });
            }
            organisation_id
        }
        Target::Existing { id, .. } => editable(db, actor, id).await?.organisation_id,
    };
    let fields = checked(db, proposer, &text, complete).await?;
    let groups = join_groups(&fields.groups);
    let search = fold_for_search(&format!("{} {}", fields.title, fields.summary));
    let values = ProposalValues {
        title: &fields.title,
        summary: &fields.summary,
        dimension: fields.dimension.map(|d| d.as_str()).unwrap_or_default(),
        objectives: &fields.objectives,
        beneficiaries: fields.beneficiaries,
        beneficiary_groups: &groups,
        activities: &fields.activities,
        duration_months: fields.duration_months,
        budget_rials: fields.budget_rials,
        assessment_id: fields.assessment_id,
        search_text: &search,
    };
    let now = now_ms();
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    let (id, action) = match target {
        Target::New { organisation_id } => (
            store::insert(&mut tx, organisation_id, &values, actor.user_id, now).await?,
            "proposal.create",
        ),
        Target::Existing { id, version } => {
            match store::update(&mut tx, id, version, &values, now).await {
                Err(DbError::Conflict) => {
                    let current = store::find(db.read(), id).await?.map(|r| r.version);
                    return Err(changed_meanwhile(current.unwrap_or(version)));
                }
                other => other?,
            }
            (id, "proposal.update")
        }
    };
    store::set_links(&mut tx, id, &fields.neighbourhood_ids, &fields.partner_ids).await?;
    let after = json!({ "title": fields.title, "budget_rials": fields.budget_rials });
    audit::change(
        &mut tx,
        Some(actor.user_id),
        action,
        "proposal",
        id,
        after,
        now,
    )
    .await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(id)
}
