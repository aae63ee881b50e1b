//! Organisations: the filtered list, one organisation's page, registration by a
//! representative, and verification by an official.
use super::{check, history_for, named};
use crate::api::AppError;
use crate::domain::codes::{join_dimensions, parse_dimensions, Dimension, OrgKind, OrgStatus};
use crate::domain::directory_rules as rules;
use crate::domain::normalize::{fold_for_search, like_pattern};
use crate::domain::permissions::{may, Action, Actor, Target};
use crate::domain::roles::CommitteeRole;
use crate::domain::validation::{optional_email, FieldIssue, FormErrors};
use crate::model::directory::{
    Named, OrganisationCard, OrganisationDetail, OrganisationPage, SeatHeld, ORGANISATIONS_PER_PAGE,
};
use crate::server::db::audit::{self, AuditEntry};
use crate::server::db::organisations::{
    self as store, NewOrganisation, OrganisationFilter, OrganisationRow,
};
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
    let page = q.page.max(1);
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
        pages: ((total + ORGANISATIONS_PER_PAGE - 1) / ORGANISATIONS_PER_PAGE).max(1),
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
        history: history_for(db, actor, "organisation", id).await?,
    })
}

/// An organisation's profile as typed in its form.
#[derive(Clone, Debug, Default)]
pub struct OrganisationInput {
    pub kind: String,
    pub name: String,
    pub registration_no: String,
    pub dimensions: Vec<String>,
    pub address: String,
    pub phone: String,
    pub email: String,
    pub website: String,
    pub description: String,
    pub neighbourhood_ids: Vec<i64>,
}

/// Registers an organisation, `pending` until an official verifies it; the caller becomes its
/// first representative (who manages the others).
#[instrument(skip_all)]
pub async fn register(db: &Db, actor: &Actor, input: OrganisationInput) -> Result<i64, AppError> {
    check(Some(actor), Action::RegisterOrganisation, Target::Portal)?;
    create(db, Some(actor.user_id), input, OrgStatus::Pending).await
}

/// Creates an organisation with a status (registration, and the demo data set).
pub async fn create(
    db: &Db,
    representative: Option<i64>,
    input: OrganisationInput,
    status: OrgStatus,
) -> Result<i64, AppError> {
    let mut errors = FormErrors::default();
    let kind = errors.check("kind", rules::choice(&input.kind, OrgKind::parse));
    let name = errors.check("name", rules::title(&input.name, 3, rules::TITLE_MAX));
    let registration = errors.check(
        "registration_no",
        rules::registration_number(&input.registration_no),
    );
    let mut dimensions = Vec::new();
    for d in &input.dimensions {
        match Dimension::parse(d) {
            Some(d) => dimensions.push(d),
            None => errors.push("dimensions", FieldIssue::InvalidChoice),
        }
    }
    let address = errors.check(
        "address",
        rules::optional_text(&input.address, rules::SHORT_TEXT_MAX),
    );
    let phone = errors.check("phone", rules::optional_phone(&input.phone));
    let email = errors.check("email", optional_email(&input.email));
    let website = errors.check("website", rules::optional_website(&input.website));
    let description = errors.check(
        "description",
        rules::optional_text(&input.description, rules::LONG_TEXT_MAX),
    );
    let (
        Some(kind),
        Some(name),
        Some(registration),
        Some(address),
        Some(phone),
        Some(email),
        Some(website),
        Some(description),
        true,
    ) = (
        kind,
        name,
        registration,
        address,
        phone,
        email,
        website,
        description,
        errors.is_empty(),
    )
    else {
        return Err(errors.into());
    };
    let now = now_ms();
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    let search = fold_for_search(&format!(
        "{name} {}",
        registration.as_deref().unwrap_or_default()
    ));
    let inserted = store::insert(
        &mut tx,
        NewOrganisation {
            kind: kind.as_str(),
            name: &name,
            registration_no: registration.as_deref(),
            dimensions: &join_dimensions(&dimensions),
            address: &address,
            phone: &phone,
            email: email.as_deref().unwrap_or_default(),
            website: &website,
            description: &description,
            status: status.as_str(),
            search_text: &search,
            created_by: representative,
            now,
        },
    )
    .await;
    let id = match inserted {
        Ok(id) => id,
        Err(DbError::Conflict) => {
            errors.push("registration_no", FieldIssue::RegistrationTaken);
            return Err(errors.into());
        }
        Err(e) => return Err(e.into()),
    };
    for n in &input.neighbourhood_ids {
        store::add_neighbourhood(&mut tx, id, *n).await?;
    }
    if let Some(user) = representative {
        store::add_representative(&mut tx, id, user, true, now).await?;
    }
    let entry = AuditEntry {
        actor_id: representative,
        action: "organisation.create",
        object_kind: "organisation",
        object_id: id.to_string(),
        before: None,
        after: Some(json!({ "name": name, "kind": kind.as_str(), "status": status.as_str() })),
    };
    audit::record(&mut tx, entry, now).await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(id)
}

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
