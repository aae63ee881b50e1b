//! Organisations: the filtered list, one organisation's page, registration by a
//! representative, and verification by an official.
use super::{check, history_for, named};
use crate::api::AppError;
use crate::domain::codes::{parse_dimensions, Dimension, OrgKind, OrgStatus};
use crate::domain::directory_rules as rules;
use crate::domain::normalize::{fold_for_search, like_pattern};
use crate::domain::permissions::{may, Action, Actor, Target};
use crate::domain::roles::CommitteeRole;
use crate::domain::validation::FormErrors;
use crate::model::directory::{
    Named, OrganisationCard, OrganisationDetail, OrganisationPage, SeatHeld, ORGANISATIONS_PER_PAGE,
};
use crate::server::db::audit::{self, AuditEntry};
use crate::server::db::organisations::{self as store, OrganisationFilter, OrganisationRow};
use crate::server::db::{committees, people, Db, DbError};
use crate::server::now_ms;
use serde_json::json;
use tracing::instrument;

pub(crate) fn card(r: &OrganisationRow) -> OrganisationCard {
    OrganisationCard {
        id: r.id,
        name: r.name.clone(),
        kind: OrgKind::parse(&r.kind).unwrap_or(OrgKind::Other),
        status: OrgStatus::parse(&r.status).unwrap_or(OrgStatus::Pending),
        dimensions: parse_dimensions(&r.dimensions),
        neighbourhoods: r.neighbourhoods,
        capacities: r.capacities,
    }
}

/// What the list can be narrowed by.
#[derive(Clone, Debug, Default)]
pub struct ListQuery {
    pub kind: Option<OrgKind>,
    pub dimension: Option<Dimension>,
    pub neighbourhood_id: Option<i64>,
    pub status: Option<OrgStatus>,
    pub text: String,
    pub page: i64,
}

/// One page of organisations. Only officials see (and filter by) unverified ones.
#[instrument(skip_all)]
pub async fn page(
    db: &Db,
    actor: Option<&Actor>,
    q: ListQuery,
) -> Result<OrganisationPage, AppError> {
    let staff = actor.is_some_and(Actor::is_staff);
    let filter = OrganisationFilter {
        kind: q.kind.map(OrgKind::as_str).unwrap_or_default().into(),
        dimension: q
            .dimension
            .map(Dimension::as_str)
            .unwrap_or_default()
            .into(),
        neighbourhood_id: q.neighbourhood_id,
        status: if staff {
            q.status.map(OrgStatus::as_str).unwrap_or_default().into()
        } else {
            String::new()
        },
        like: like_pattern(&fold_for_search(&q.text)),
        include_unverified: staff,
    };
    let page = crate::domain::paging::page_number(q.page);
    let (rows, total) = store::page(
        db.read(),
        &filter,
        ORGANISATIONS_PER_PAGE,
        (page - 1) * ORGANISATIONS_PER_PAGE,
    )
    .await?;
    Ok(OrganisationPage {
        rows: rows.iter().map(card).collect(),
        total,
        page,
        pages: crate::domain::paging::page_count(total, ORGANISATIONS_PER_PAGE),
    })
}

/// An organisation's page. Unverified ones exist only for officials and their representatives.
#[instrument(skip_all)]
pub async fn detail(
    db: &Db,
    actor: Option<&Actor>,
    id: i64,
) -> Result<OrganisationDetail, AppError> {
    let row = store::find(db.read(), id)
        .await?
        .ok_or(AppError::NotFound)?;
    if row.status != "verified" && !may(actor, Action::ViewUnverified, Target::Organisation(id)) {
        return Err(AppError::NotFound);
    }
    let capacities = super::capacities::of_organisation(db, id).await?;
    let seats = committees::seats_of(db.read(), Some(id), None).await?;
    let is_representative = actor.is_some_and(|a| a.organisations.contains(&id));
    let may_see_reason = may(actor, Action::ViewUnverified, Target::Organisation(id));
    Ok(OrganisationDetail {
        card: card(&row),
        registration_no: row.registration_no,
        address: row.address,
        phone: row.phone,
        email: row.email,
        website: row.website,
        description: row.description,
        rejection_reason: if may_see_reason {
            row.rejection_reason
        } else {
            String::new()
        },
        neighbourhoods: store::neighbourhoods_of(db.read(), id)
            .await?
            .into_iter()
            .map(named)
            .collect(),
        capacities,
        committees: seats
            .into_iter()
            .map(|s| SeatHeld {
                committee: Named {
                    id: s.committee_id,
                    name: s.name,
                },
                role: CommitteeRole::parse(&s.role).unwrap_or(CommitteeRole::Member),
            })
            .collect(),
        people: people::of_organisation(db.read(), id)
            .await?
            .into_iter()
            .map(named)
            .collect(),
        is_representative,
        may_edit: may(actor, Action::EditOrganisation, Target::Organisation(id)),
        representatives: super::representatives::visible_to(db, actor, id).await?,
        logo: store::logo_version(db.read(), id).await?,
        history: history_for(db, actor, "organisation", id).await?,
        is_intermediary: row.is_intermediary == 1,
        volunteers_by_state: if row.is_intermediary == 1 {
            crate::server::db::volunteers::count_by_state(db.read(), id).await?
        } else {
            Vec::new()
        },
        may_mark_intermediary: row.status == "verified"
            && may(actor, Action::ManageDirectory, Target::Organisation(id)),
    })
}

pub use super::organisation_forms::{create, register, OrganisationInput};

/// An official verifies a pending organisation, or rejects it with a reason the
/// representatives see.
#[instrument(skip_all)]
pub async fn decide(
    db: &Db,
    actor: &Actor,
    id: i64,
    verify: bool,
    reason: &str,
) -> Result<(), AppError> {
    check(
        Some(actor),
        Action::ManageDirectory,
        Target::Organisation(id),
    )?;
    let mut errors = FormErrors::default();
    let reason = if verify {
        String::new()
    } else {
        errors
            .check("reason", rules::title(reason, 3, rules::SHORT_TEXT_MAX))
            .unwrap_or_default()
    };
    if !errors.is_empty() {
        return Err(errors.into());
    }
    let row = store::find(db.read(), id)
        .await?
        .ok_or(AppError::NotFound)?;
    let status = if verify {
        OrgStatus::Verified
    } else {
        OrgStatus::Rejected
    };
    let now = now_ms();
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    store::set_status(&mut tx, id, status.as_str(), &reason, row.version, now).await?;
    let entry = AuditEntry {
        actor_id: Some(actor.user_id),
        action: if verify {
            "organisation.verify"
        } else {
            "organisation.reject"
        },
        object_kind: "organisation",
        object_id: id.to_string(),
        before: Some(json!({ "status": row.status })),
        after: Some(json!({ "status": status.as_str(), "reason": reason })),
    };
    audit::record(&mut tx, entry, now).await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(())
}
