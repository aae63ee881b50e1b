//! Opening a centre (officials, or a representative of the organisation that runs it) and its
//! requests for volunteers (those who manage it).
use super::standing;
use crate::api::AppError;
use crate::domain::availability::Week;
use crate::domain::centre_rules::{places, request_period, CentreKind};
use crate::domain::directory_rules::{self as rules, iso, optional_day, optional_decimal};
use crate::domain::normalize::fold_for_search;
use crate::domain::permissions::Actor;
use crate::domain::validation::{FieldIssue, FormErrors};
use crate::domain::volunteer_routing::Point;
use crate::model::centres::CentreFormOptions;
use crate::model::directory::Named;
use crate::server::db::centres::{self as store, NewCentre, NewRequest};
use crate::server::db::{audit, organisations, users, Db, DbError};
use crate::server::{now_ms, today_iso};
use serde_json::json;
use tracing::instrument;

#[derive(Clone, Debug, Default)]
pub struct CentreInput {
    pub name: String,
    pub kind: String,
    pub neighbourhood: String,
    pub organisation: String,
    /// The manager's username (optional).
    pub manager: String,
    pub address: String,
    pub latitude: String,
    pub longitude: String,
}

/// An id chosen from a list: required, and one of `allowed`.
pub(crate) fn one_of(
    input: &str,
    allowed: impl IntoIterator<Item = i64>,
) -> Result<i64, FieldIssue> {
    let id: i64 = match input.trim() {
        "" => return Err(FieldIssue::Required),
        text => text.parse().map_err(|_| FieldIssue::InvalidChoice)?,
    };
    if allowed.into_iter().any(|a| a == id) {
        Ok(id)
    } else {
        Err(FieldIssue::InvalidChoice)
    }
}

/// What the new-centre form offers: neighbourhoods, and the verified organisations the caller
/// may open a centre for (all of them for officials, their own for representatives).
pub async fn form_options(db: &Db, actor: &Actor) -> Result<CentreFormOptions, AppError> {
    let organisations = organisations::verified_of_kind(db.read(), "")
        .await?
        .into_iter()
        .filter(|(id, _)| actor.is_staff() || actor.organisations.contains(id))
        .map(|(id, name)| Named { id, name })
        .collect::<Vec<_>>();
    if organisations.is_empty() {
        return Err(AppError::Forbidden);
    }
    Ok(CentreFormOptions {
        neighbourhoods: crate::server::directory::neighbourhood_choices(db).await?,
        organisations,
    })
}

/// Opens a centre; answers its id.
#[instrument(skip_all)]
pub async fn create(db: &Db, actor: &Actor, input: CentreInput) -> Result<i64, AppError> {
    let options = form_options(db, actor).await?;
    let mut errors = FormErrors::default();
    let name = errors.check("name", rules::title(&input.name, 3, rules::TITLE_MAX));
    let kind = errors.check("kind", rules::choice(&input.kind, CentreKind::parse));
    let neighbourhood = errors.check(
        "neighbourhood",
        one_of(
            &input.neighbourhood,
            options.neighbourhoods.iter().map(|n| n.id),
        ),
    );
    let organisation = errors.check(
        "organisation",
        one_of(
            &input.organisation,
            options.organisations.iter().map(|o| o.id),
        ),
    );
    let manager = match input.manager.trim() {
        "" => Some(None),
        username => match users::find_by_username(db.read(), username).await? {
            Some(user) => Some(Some(user.id)),
            None => {
                errors.push("manager", FieldIssue::NoSuchAccount);
                None
            }
        },
    };
    let address = errors.check(
        "address",
        rules::optional_text(&input.address, rules::SHORT_TEXT_MAX),
    );
    let lat = errors.check("latitude", optional_decimal(&input.latitude, -90.0, 90.0));
    let lon = errors.check(
        "longitude",
        optional_decimal(&input.longitude, -180.0, 180.0),
    );
    let (
        Some(name),
        Some(kind),
        Some(neighbourhood),
        Some(organisation),
        Some(manager),
        Some(address),
        Some(lat),
        Some(lon),
    ) = (
        name,
        kind,
        neighbourhood,
        organisation,
        manager,
        address,
        lat,
        lon,
    )
    else {
        return Err(errors.into());
    };
    if !errors.is_empty() {
        return Err(errors.into());
    }
    let location = lat.zip(lon).map(|(lat, lon)| Point { lat, lon });
    let now = now_ms();
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    let id = store::insert(
        &mut tx,
        NewCentre {
            name: &name,
            kind: kind.as_str(),
            neighbourhood_id: neighbourhood,
            organisation_id: organisation,
            manager_id: manager,
            address: &address,
            location,
            search_text: &fold_for_search(&name),
            now,
        },
    )
    .await?;
    let after = json!({ "name": name, "organisation": organisation, "manager": manager });
    audit::change(
        &mut tx,
        Some(actor.user_id),
        "centre.create",
        "centre",
        id,
        after,
        now,
    )
    .await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(id)
}

#[derive(Clone, Debug, Default)]
pub struct RequestInput {
    pub role: String,
    pub places: String,
    pub needed: Vec<String>,
    pub starts_on: String,
    pub ends_on: String,
    pub note: String,
}

/// Publishes a request of a centre the caller manages; answers its id.
#[instrument(skip_all)]
pub async fn add_request(
    db: &Db,
    actor: &Actor,
    centre_id: i64,
    input: RequestInput,
) -> Result<i64, AppError> {
    let centre = store::find(db.read(), centre_id)
        .await?
        .ok_or(AppError::NotFound)?;
    if !standing(Some(actor), &centre).manages() {
        return Err(AppError::Forbidden);
    }
    let roles: Vec<i64> = crate::server::db::volunteers::roles(db.read())
        .await?
        .iter()
        .map(|r| r.id)
        .collect();
    let mut errors = FormErrors::default();
    let role = errors.check("role", one_of(&input.role, roles.iter().copied()));
    let count = errors.check("places", places(&input.places));
    let starts = errors.check("starts_on", rules::day(&input.starts_on));
    let ends = errors.check("ends_on", optional_day(&input.ends_on));
    let note = errors.check(
        "note",
        rules::optional_text(&input.note, rules::SHORT_TEXT_MAX),
    );
    if let (Some(starts), Some(ends)) = (starts, ends) {
        let today = rules::parse_iso(&today_iso()).unwrap_or(starts);
        errors.check("ends_on", request_period(starts, ends, today));
    }
    let needed = Week::from_values(input.needed.iter().map(String::as_str));
    let (Some(role), Some(count), Some(starts), Some(ends), Some(note)) =
        (role, count, starts, ends, note)
    else {
        return Err(errors.into());
    };
    if !errors.is_empty() {
        return Err(errors.into());
    }
    let now = now_ms();
    let (starts, ends) = (iso(starts), ends.map(iso));
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    let id = store::insert_request(
        &mut tx,
        NewRequest {
            centre_id,
            role_id: role,
            places: count,
            needed,
            starts_on: &starts,
            ends_on: ends.as_deref(),
            note: &note,
            created_by: Some(actor.user_id),
            now,
        },
    )
    .await?;
    let after = json!({ "centre": centre_id, "role": role, "places": count });
    audit::change(
        &mut tx,
        Some(actor.user_id),
        "centre.request",
        "centre_request",
        id,
        after,
        now,
    )
    .await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(id)
}

/// Closes a request of a centre the caller manages; answers the centre's id.
#[instrument(skip_all)]
pub async fn close_request(db: &Db, actor: &Actor, request_id: i64) -> Result<i64, AppError> {
    let request = store::request(db.read(), request_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let centre = store::find(db.read(), request.centre_id)
        .await?
        .ok_or(AppError::NotFound)?;
    if !standing(Some(actor), &centre).manages() {
        return Err(AppError::Forbidden);
    }
    let now = now_ms();
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    if !store::close_request(&mut tx, request_id, now).await? {
        return Err(AppError::NotNow);
    }
    let after = json!({ "closed": true });
    audit::change(
        &mut tx,
        Some(actor.user_id),
        "centre.request_close",
        "centre_request",
        request_id,
        after,
        now,
    )
    .await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(centre.id)
}
