//! Registering an organisation, and editing its profile: by its representatives and by
//! officials. Its kind and verification status are not part of the profile.
use super::{changed_meanwhile, check};
use crate::api::AppError;
use crate::domain::codes::{join_dimensions, parse_dimensions, Dimension, OrgKind, OrgStatus};
use crate::domain::directory_rules as rules;
use crate::domain::normalize::fold_for_search;
use crate::domain::permissions::{Action, Actor, Target};
use crate::domain::validation::{optional_email, FieldIssue, FormErrors};
use crate::model::directory::{OrganisationEdit, OrganisationForm};
use crate::server::db::audit;
use crate::server::db::organisations::{self as store, NewOrganisation, ProfileChange};
use crate::server::db::{Db, DbError};
use crate::server::now_ms;
use serde_json::json;
use sqlx::AnyConnection;
use tracing::instrument;

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

/// The checked profile.
struct Checked {
    kind: OrgKind,
    name: String,
    registration: Option<String>,
    dimensions: String,
    address: String,
    phone: String,
    email: String,
    website: String,
    description: String,
    search: String,
}

async fn checked(db: &Db, input: &OrganisationInput) -> Result<Checked, AppError> {
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
    if super::has_unknown_neighbourhood(db, &input.neighbourhood_ids).await? {
        errors.push("neighbourhoods", FieldIssue::InvalidChoice);
    }
    match (
        kind,
        name,
        registration,
        address,
        phone,
        email,
        website,
        description,
    ) {
        (
            Some(kind),
            Some(name),
            Some(registration),
            Some(address),
            Some(phone),
            Some(email),
            Some(website),
            Some(description),
        ) if errors.is_empty() => Ok(Checked {
            search: fold_for_search(&format!(
                "{name} {}",
                registration.as_deref().unwrap_or_default()
            )),
            kind,
            name,
            registration,
            dimensions: join_dimensions(&dimensions),
            address,
            phone,
            email: email.unwrap_or_default(),
            website,
            description,
        }),
        _ => Err(errors.into()),
    }
}

fn registration_taken() -> AppError {
    let mut errors = FormErrors::default();
    errors.push("registration_no", FieldIssue::RegistrationTaken);
    errors.into()
}

async fn link_neighbourhoods(
    conn: &mut AnyConnection,
    id: i64,
    input: &OrganisationInput,
) -> Result<(), DbError> {
    let mut places = input.neighbourhood_ids.clone();
    places.sort_unstable();
    places.dedup();
    for n in places {
        store::add_neighbourhood(conn, id, n).await?;
    }
    Ok(())
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
    let c = checked(db, &input).await?;
    let now = now_ms();
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    let inserted = store::insert(
        &mut tx,
        NewOrganisation {
            kind: c.kind.as_str(),
            name: &c.name,
            registration_no: c.registration.as_deref(),
            dimensions: &c.dimensions,
            address: &c.address,
            phone: &c.phone,
            email: &c.email,
            website: &c.website,
            description: &c.description,
            status: status.as_str(),
            search_text: &c.search,
            created_by: representative,
            now,
        },
    )
    .await;
    let id = match inserted {
        Ok(id) => id,
        Err(DbError::Conflict) => return Err(registration_taken()),
        Err(e) => return Err(e.into()),
    };
    link_neighbourhoods(&mut tx, id, &input).await?;
    if let Some(user) = representative {
        store::add_representative(&mut tx, id, user, true, now).await?;
    }
    let after = json!({ "name": c.name, "kind": c.kind.as_str(), "status": status.as_str() });
    record(
        &mut tx,
        representative,
        "organisation.create",
        id,
        after,
        now,
    )
    .await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(id)
}

/// What the profile form shows: the saved profile and every neighbourhood to choose from.
#[instrument(skip_all)]
pub async fn form(db: &Db, actor: &Actor, id: i64) -> Result<OrganisationForm, AppError> {
    let row = store::find(db.read(), id)
        .await?
        .ok_or(AppError::NotFound)?;
    check(
        Some(actor),
        Action::EditOrganisation,
        Target::Organisation(id),
    )?;
    let chosen = store::neighbourhoods_of(db.read(), id).await?;
    let places = super::neighbourhood_choices(db).await?;
    Ok(OrganisationForm {
        values: OrganisationEdit {
            id,
            version: row.version,
            kind: OrgKind::parse(&row.kind).unwrap_or(OrgKind::Other),
            name: row.name,
            registration_no: row.registration_no.unwrap_or_default(),
            dimensions: parse_dimensions(&row.dimensions),
            address: row.address,
            phone: row.phone,
            email: row.email,
            website: row.website,
            description: row.description,
            neighbourhood_ids: chosen.into_iter().map(|(id, _)| id).collect(),
            logo: store::logo_version(db.read(), id).await?,
        },
        neighbourhoods: places,
    })
}

/// Saves an edited profile: the organisation's representatives, and officials.
#[instrument(skip_all)]
pub async fn update(
    db: &Db,
    actor: &Actor,
    id: i64,
    version: i64,
    mut input: OrganisationInput,
) -> Result<(), AppError> {
    let before = store::find(db.read(), id)
        .await?
        .ok_or(AppError::NotFound)?;
    check(
        Some(actor),
        Action::EditOrganisation,
        Target::Organisation(id),
    )?;
    input.kind = before.kind.clone();
    let c = checked(db, &input).await?;
    if before.version != version {
        return Err(changed_meanwhile(before.version));
    }
    let now = now_ms();
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    let change = ProfileChange {
        id,
        version,
        name: &c.name,
        registration_no: c.registration.as_deref(),
        dimensions: &c.dimensions,
        address: &c.address,
        phone: &c.phone,
        email: &c.email,
        website: &c.website,
        description: &c.description,
        search_text: &c.search,
        now,
    };
    match store::update_profile(&mut tx, change).await {
        // Our version matched a moment ago, so a conflict is the registration number.
        Err(DbError::Conflict) => {
            drop(tx);
            let now_version = store::find(db.read(), id).await?.map(|r| r.version);
            return Err(match now_version {
                Some(v) if v != version => changed_meanwhile(v),
                _ => registration_taken(),
            });
        }
        other => other?,
    }
    store::clear_neighbourhoods(&mut tx, id).await?;
    link_neighbourhoods(&mut tx, id, &input).await?;
    let after = json!({
        "name": c.name,
        "registration_no": c.registration,
        "neighbourhoods": input.neighbourhood_ids,
        "before": { "name": before.name, "registration_no": before.registration_no },
    });
    record(
        &mut tx,
        Some(actor.user_id),
        "organisation.update",
        id,
        after,
        now,
    )
    .await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(())
}

async fn record(
    conn: &mut AnyConnection,
    actor: Option<i64>,
    action: &str,
    id: i64,
    after: serde_json::Value,
    now: i64,
) -> Result<(), DbError> {
    audit::change(conn, actor, action, "organisation", id, after, now).await
}
