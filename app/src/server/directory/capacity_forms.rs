//! Adding, editing and removing an organisation's capacities: its representatives and
//! officials.
use super::{check, named};
use crate::api::AppError;
use crate::domain::codes::CapacityKind;
use crate::domain::directory_rules::{self as rules, iso};
use crate::domain::permissions::{Action, Actor, Target};
use crate::domain::validation::{FieldIssue, FormErrors};
use crate::model::directory::{CapacityEdit, CapacityForm};
use crate::server::db::audit;
use crate::server::db::capacities::{self as store, NewCapacity};
use crate::server::db::{organisations, Db, DbError};
use crate::server::now_ms;
use serde_json::json;
use sqlx::AnyConnection;
use tracing::instrument;

/// A capacity as typed: quantity in any digits, days in the Jalali calendar.
#[derive(Clone, Debug, Default)]
pub struct CapacityInput {
    pub kind: String,
    pub quantity: String,
    pub unit: String,
    pub description: String,
    pub available_from: String,
    pub available_until: String,
    pub neighbourhood_ids: Vec<i64>,
}

/// The form for a new capacity of `organisation_id`, or to edit `capacity_id`.
#[instrument(skip_all)]
pub async fn form(
    db: &Db,
    actor: &Actor,
    organisation_id: Option<i64>,
    capacity_id: Option<i64>,
) -> Result<CapacityForm, AppError> {
    let existing = match capacity_id {
        Some(id) => Some(
            store::find(db.read(), id)
                .await?
                .ok_or(AppError::NotFound)?,
        ),
        None => None,
    };
    let organisation_id = match (&existing, organisation_id) {
        (Some(c), _) => c.organisation_id,
        (None, Some(o)) => o,
        (None, None) => return Err(AppError::NotFound),
    };
    let organisation = organisations::find(db.read(), organisation_id)
        .await?
        .ok_or(AppError::NotFound)?;
    check(
        Some(actor),
        Action::EditOrganisation,
        Target::Organisation(organisation_id),
    )?;
    let values = match existing {
        Some(c) => {
            let places = store::neighbourhoods(db.read(), Some(organisation_id)).await?;
            Some(CapacityEdit {
                id: c.id,
                kind: CapacityKind::parse(&c.kind).unwrap_or(CapacityKind::Other),
                quantity: c.quantity,
                unit: c.unit,
                description: c.description,
                available_from: c.available_from,
                available_until: c.available_until,
                neighbourhood_ids: places
                    .into_iter()
                    .filter(|(cap, _, _)| *cap == c.id)
                    .map(|(_, n, _)| n)
                    .collect(),
            })
        }
        None => None,
    };
    let places = super::neighbourhood_choices(db).await?;
    Ok(CapacityForm {
        organisation: named((organisation.id, organisation.name)),
        neighbourhoods: places,
        values,
    })
}

struct Checked {
    kind: CapacityKind,
    quantity: i64,
    unit: String,
    description: String,
    from: Option<String>,
    until: Option<String>,
}

async fn checked(db: &Db, input: &CapacityInput) -> Result<Checked, AppError> {
    let mut e = FormErrors::default();
    let kind = e.check("kind", rules::choice(&input.kind, CapacityKind::parse));
    let quantity = e.check("quantity", rules::count(&input.quantity));
    let unit = e.check("unit", rules::optional_text(&input.unit, rules::TITLE_MAX));
    let description = e.check(
        "description",
        rules::optional_text(&input.description, rules::SHORT_TEXT_MAX),
    );
    let from = e.check("available_from", rules::optional_day(&input.available_from));
    let until = e.check(
        "available_until",
        rules::optional_day(&input.available_until),
    );
    if let (Some(Some(from)), Some(until)) = (from, until) {
        e.check("available_until", rules::period_end(from, until));
    }
    if super::has_unknown_neighbourhood(db, &input.neighbourhood_ids).await? {
        e.push("neighbourhoods", FieldIssue::InvalidChoice);
    }
    match (kind, quantity, unit, description, from, until) {
        (Some(kind), Some(quantity), Some(unit), Some(description), Some(from), Some(until))
            if e.is_empty() =>
        {
            Ok(Checked {
                kind,
                quantity,
                unit,
                description,
                from: from.map(iso),
                until: until.map(iso),
            })
        }
        _ => Err(e.into()),
    }
}

impl Checked {
    fn row(&self, organisation_id: i64, now: i64) -> NewCapacity<'_> {
        NewCapacity {
            organisation_id,
            kind: self.kind.as_str(),
            quantity: self.quantity,
            unit: &self.unit,
            description: &self.description,
            available_from: self.from.as_deref(),
            available_until: self.until.as_deref(),
            now,
        }
    }
}

async fn link(conn: &mut AnyConnection, id: i64, input: &CapacityInput) -> Result<(), DbError> {
    let mut places = input.neighbourhood_ids.clone();
    places.sort_unstable();
    places.dedup();
    for n in places {
        store::add_neighbourhood(conn, id, n).await?;
    }
    Ok(())
}

/// Adds a capacity to an organisation; returns its id.
#[instrument(skip_all)]
pub async fn create(
    db: &Db,
    actor: &Actor,
    organisation_id: i64,
    input: CapacityInput,
) -> Result<i64, AppError> {
    organisations::find(db.read(), organisation_id)
        .await?
        .ok_or(AppError::NotFound)?;
    check(
        Some(actor),
        Action::EditOrganisation,
        Target::Organisation(organisation_id),
    )?;
    let c = checked(db, &input).await?;
    let now = now_ms();
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    let id = store::insert(&mut tx, c.row(organisation_id, now)).await?;
    link(&mut tx, id, &input).await?;
    let after = json!({ "capacity": id, "kind": c.kind.as_str(), "quantity": c.quantity });
    record(&mut tx, actor, "capacity.add", organisation_id, after, now).await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(id)
}

/// Saves an edited capacity; returns its organisation's id.
#[instrument(skip_all)]
pub async fn update(
    db: &Db,
    actor: &Actor,
    id: i64,
    input: CapacityInput,
) -> Result<i64, AppError> {
    let before = store::find(db.read(), id)
        .await?
        .ok_or(AppError::NotFound)?;
    let organisation_id = before.organisation_id;
    check(
        Some(actor),
        Action::EditOrganisation,
        Target::Organisation(organisation_id),
    )?;
    let c = checked(db, &input).await?;
    let now = now_ms();
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    store::update(&mut tx, id, c.row(organisation_id, now)).await?;
    link(&mut tx, id, &input).await?;
    let after = json!({
        "capacity": id,
        "kind": c.kind.as_str(),
        "quantity": c.quantity,
        "before": { "kind": before.kind, "quantity": before.quantity },
    });
    record(
        &mut tx,
        actor,
        "capacity.update",
        organisation_id,
        after,
        now,
    )
    .await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(organisation_id)
}

/// Removes a capacity; returns its organisation's id.
#[instrument(skip_all)]
pub async fn remove(db: &Db, actor: &Actor, id: i64) -> Result<i64, AppError> {
    let before = store::find(db.read(), id)
        .await?
        .ok_or(AppError::NotFound)?;
    let organisation_id = before.organisation_id;
    check(
        Some(actor),
        Action::EditOrganisation,
        Target::Organisation(organisation_id),
    )?;
    let now = now_ms();
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    store::delete(&mut tx, id).await?;
    let after = json!({
        "capacity": id,
        "removed": { "kind": before.kind, "quantity": before.quantity, "unit": before.unit },
    });
    record(
        &mut tx,
        actor,
        "capacity.remove",
        organisation_id,
        after,
        now,
    )
    .await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(organisation_id)
}

/// Capacity changes are part of their organisation's record.
async fn record(
    conn: &mut AnyConnection,
    actor: &Actor,
    action: &str,
    organisation_id: i64,
    after: serde_json::Value,
    now: i64,
) -> Result<(), DbError> {
    audit::change(
        conn,
        Some(actor.user_id),
        action,
        "organisation",
        organisation_id,
        after,
        now,
    )
    .await
}
