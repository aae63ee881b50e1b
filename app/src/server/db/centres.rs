//! Centres that take volunteers, their requests, placements, and what routing reads: the open
//! requests with their places left and the active volunteers with their roles and homes.
use super::DbError;
use crate::domain::availability::Week;
use crate::domain::volunteer_routing::{Candidate, Opening, Point};
use sqlx::{AnyConnection, AnyPool};
use std::collections::HashMap;

pub struct NewCentre<'a> {
    pub name: &'a str,
    pub kind: &'a str,
    pub neighbourhood_id: i64,
    pub organisation_id: i64,
    pub manager_id: Option<i64>,
    pub address: &'a str,
    pub location: Option<Point>,
    pub search_text: &'a str,
    pub now: i64,
}

pub async fn insert(conn: &mut AnyConnection, c: NewCentre<'_>) -> Result<i64, DbError> {
    Ok(sqlx::query_scalar(
        "INSERT INTO centres (name, kind, neighbourhood_id, organisation_id, manager_id, \
         address, latitude, longitude, search_text, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) RETURNING id",
    )
    .bind(c.name)
    .bind(c.kind)
    .bind(c.neighbourhood_id)
    .bind(c.organisation_id)
    .bind(c.manager_id)
    .bind(c.address)
    .bind(c.location.map(|p| p.lat))
    .bind(c.location.map(|p| p.lon))
    .bind(c.search_text)
    .bind(c.now)
    .fetch_one(conn)
    .await?)
}

pub struct NewRequest<'a> {
    pub centre_id: i64,
    pub role_id: i64,
    pub places: i64,
    pub needed: Week,
    pub starts_on: &'a str,
    pub ends_on: Option<&'a str>,
    pub note: &'a str,
    pub created_by: Option<i64>,
    pub now: i64,
}

pub async fn insert_request(conn: &mut AnyConnection, r: NewRequest<'_>) -> Result<i64, DbError> {
    Ok(sqlx::query_scalar(
        "INSERT INTO centre_requests (centre_id, role_id, places, needed, starts_on, ends_on, \
         note, created_by, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) RETURNING id",
    )
    .bind(r.centre_id)
    .bind(r.role_id)
    .bind(r.places)
    .bind(i64::from(r.needed.0))
    .bind(r.starts_on)
    .bind(r.ends_on)
    .bind(r.note)
    .bind(r.created_by)
    .bind(r.now)
    .fetch_one(conn)
    .await?)
}

pub(crate) fn point(lat: Option<f64>, lon: Option<f64>) -> Option<Point> {
    Some(Point {
        lat: lat?,
        lon: lon?,
    })
}

/// A request with its centre and role, and the places not yet taken by an accepted or
/// pending placement.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct RequestRow {
    pub id: i64,
    pub centre_id: i64,
    pub centre: String,
    pub role_id: i64,
    pub role_code: Option<String>,
    pub role_name: String,
    pub places: i64,
    pub places_left: i64,
    pub needed: i64,
    pub starts_on: String,
    pub ends_on: Option<String>,
    pub note: String,
    pub closed_at: Option<i64>,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
}

impl RequestRow {
    pub fn opening(&self) -> Opening {
        Opening {
            request: self.id,
            role: self.role_id,
            needed: Week::from_bits(self.needed),
            centre: point(self.latitude, self.longitude),
            places_left: self.places_left,
        }
    }
}

const REQUESTS: &str = "SELECT r.id, r.centre_id, c.name AS centre, r.role_id, \
       vr.code AS role_code, vr.name AS role_name, r.places, \
       r.places - (SELECT COUNT(*) FROM placements p WHERE p.request_id = r.id \
                   AND p.state IN ('proposed', 'accepted')) AS places_left, \
       r.needed, r.starts_on, r.ends_on, r.note, r.closed_at, c.latitude, c.longitude \
     FROM centre_requests r JOIN centres c ON c.id = r.centre_id \
     JOIN volunteer_roles vr ON vr.id = r.role_id";

/// Requests still open on `today` (ISO day), oldest first, in one query.
pub async fn open_requests(pool: &AnyPool, today: &str) -> Result<Vec<RequestRow>, DbError> {
    let sql = format!(
        "{REQUESTS} WHERE r.closed_at IS NULL AND r.starts_on <= $1 \
         AND (r.ends_on IS NULL OR r.ends_on >= $1) ORDER BY r.id"
    );
    Ok(sqlx::query_as(&sql).bind(today).fetch_all(pool).await?)
}

/// What routing reads of the open requests.
pub async fn openings(pool: &AnyPool, today: &str) -> Result<Vec<Opening>, DbError> {
    Ok(open_requests(pool, today)
        .await?
        .iter()
        .map(RequestRow::opening)
        .collect())
}

/// A centre's requests not yet closed (open now or later), then the closed ones, newest first.
pub async fn requests_of(pool: &AnyPool, centre_id: i64) -> Result<Vec<RequestRow>, DbError> {
    let sql = format!(
        "{REQUESTS} WHERE r.centre_id = $1 \
         ORDER BY CASE WHEN r.closed_at IS NULL THEN 0 ELSE 1 END, r.starts_on DESC, r.id DESC"
    );
    Ok(sqlx::query_as(&sql).bind(centre_id).fetch_all(pool).await?)
}

/// Several requests at once (unknown ids are left out).
pub async fn requests_by_ids(pool: &AnyPool, ids: &[i64]) -> Result<Vec<RequestRow>, DbError> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "{REQUESTS} WHERE r.id IN ({}) ORDER BY r.id",
        super::placeholders(ids.len())
    );
    let mut query = sqlx::query_as(&sql);
    for id in ids {
        query = query.bind(*id);
    }
    Ok(query.fetch_all(pool).await?)
}

pub async fn request(pool: &AnyPool, id: i64) -> Result<Option<RequestRow>, DbError> {
    let sql = format!("{REQUESTS} WHERE r.id = $1");
    Ok(sqlx::query_as(&sql).bind(id).fetch_optional(pool).await?)
}

/// Closes a request (no more proposals); false if it was closed already.
pub async fn close_request(conn: &mut AnyConnection, id: i64, now: i64) -> Result<bool, DbError> {
    let done = sqlx::query(
        "UPDATE centre_requests SET closed_at = $1, updated_at = $1 \
         WHERE id = $2 AND closed_at IS NULL",
    )
    .bind(now)
    .bind(id)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

#[derive(sqlx::FromRow)]
struct CandidateRow {
    id: i64,
    availability: i64,
    latitude: Option<f64>,
    longitude: Option<f64>,
}

/// Active volunteers with their roles and home neighbourhood's location (`None` = all of
/// them): two queries whatever their number.
pub async fn candidates(
    pool: &AnyPool,
    intermediary_id: Option<i64>,
) -> Result<Vec<Candidate>, DbError> {
    // The bound value is an id or nothing; the filter's text is one of two constants.
    let scope = match intermediary_id {
        Some(_) => "AND v.intermediary_id = $1",
        None => "",
    };
    let rows_sql = format!(
        "SELECT v.id, v.availability, n.latitude, n.longitude FROM volunteers v \
         LEFT JOIN neighbourhoods n ON n.id = v.neighbourhood_id \
         WHERE v.state = 'active' {scope} ORDER BY v.id"
    );
    let offers_sql = format!(
        "SELECT o.volunteer_id, o.role_id FROM volunteer_offers o \
         JOIN volunteers v ON v.id = o.volunteer_id WHERE v.state = 'active' {scope}"
    );
    let mut rows_query = sqlx::query_as::<_, CandidateRow>(&rows_sql);
    let mut offers_query = sqlx::query_as::<_, (i64, i64)>(&offers_sql);
    if let Some(id) = intermediary_id {
        rows_query = rows_query.bind(id);
        offers_query = offers_query.bind(id);
    }
    let rows = rows_query.fetch_all(pool).await?;
    let offers = offers_query.fetch_all(pool).await?;
    let mut roles: HashMap<i64, Vec<i64>> = HashMap::new();
    for (volunteer, role) in offers {
        roles.entry(volunteer).or_default().push(role);
    }
    Ok(rows
        .into_iter()
        .map(|r| Candidate {
            volunteer: r.id,
            roles: roles.remove(&r.id).unwrap_or_default(),
            free: Week::from_bits(r.availability),
            home: point(r.latitude, r.longitude),
        })
        .collect())
}

/// The intermediary proposes a volunteer for a request; the centre answers by `answer_by`.
pub async fn propose(
    conn: &mut AnyConnection,
    volunteer_id: i64,
    request_id: i64,
    proposed_by: i64,
    now: i64,
    answer_by: i64,
) -> Result<i64, DbError> {
    Ok(sqlx::query_scalar(
        "INSERT INTO placements (volunteer_id, request_id, proposed_by, proposed_at, answer_by) \
         VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(volunteer_id)
    .bind(request_id)
    .bind(proposed_by)
    .bind(now)
    .bind(answer_by)
    .fetch_one(conn)
    .await?)
}

/// The centre's answer to a proposal still waiting for one; false if it was answered (or
/// returned) meanwhile.
pub async fn decide(
    conn: &mut AnyConnection,
    placement_id: i64,
    state: &str,
    reason: &str,
    decided_by: i64,
    now: i64,
) -> Result<bool, DbError> {
    let done = sqlx::query(
        "UPDATE placements SET state = $1, reason = $2, decided_by = $3, decided_at = $4 \
         WHERE id = $5 AND state = 'proposed'",
    )
    .bind(state)
    .bind(reason)
    .bind(decided_by)
    .bind(now)
    .bind(placement_id)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Proposals the centre left unanswered past their day go back to the intermediary's work.
/// Proposals whose answer was due before `now`, oldest first.
pub async fn overdue(pool: &AnyPool, now: i64) -> Result<Vec<PlacementRow>, DbError> {
    let sql = format!("{PLACEMENTS} WHERE p.state = 'proposed' AND p.answer_by < $1 ORDER BY p.id");
    Ok(sqlx::query_as(&sql).bind(now).fetch_all(pool).await?)
}

/// Returns one unanswered proposal to its intermediary; false when it was answered or
/// returned meanwhile (by the centre, or by another instance's run).
pub async fn return_one(conn: &mut AnyConnection, id: i64, now: i64) -> Result<bool, DbError> {
    let done = sqlx::query(
        "UPDATE placements SET state = 'returned', decided_at = $1 \
         WHERE id = $2 AND state = 'proposed' AND answer_by < $1",
    )
    .bind(now)
    .bind(id)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

pub async fn return_overdue(conn: &mut AnyConnection, now: i64) -> Result<u64, DbError> {
    let done = sqlx::query(
        "UPDATE placements SET state = 'returned', decided_at = $1 \
         WHERE state = 'proposed' AND answer_by < $1",
    )
    .bind(now)
    .execute(conn)
    .await?;
    Ok(done.rows_affected())
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct CentreRow {
    pub id: i64,
    pub name: String,
    pub kind: String,
    pub neighbourhood_id: i64,
    pub neighbourhood: String,
    pub organisation_id: i64,
    pub organisation: String,
    pub manager_id: Option<i64>,
    pub manager: Option<String>,
    pub address: String,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub open_requests: i64,
}

const CENTRES: &str = "SELECT c.id, c.name, c.kind, c.neighbourhood_id, n.name AS neighbourhood, \
       c.organisation_id, o.name AS organisation, c.manager_id, u.display_name AS manager, \
       c.address, c.latitude, c.longitude, \
       (SELECT COUNT(*) FROM centre_requests r WHERE r.centre_id = c.id \
          AND r.closed_at IS NULL) AS open_requests \
     FROM centres c JOIN neighbourhoods n ON n.id = c.neighbourhood_id \
     JOIN organisations o ON o.id = c.organisation_id \
     LEFT JOIN users u ON u.id = c.manager_id";

pub async fn find(pool: &AnyPool, id: i64) -> Result<Option<CentreRow>, DbError> {
    let sql = format!("{CENTRES} WHERE c.id = $1");
    Ok(sqlx::query_as(&sql).bind(id).fetch_optional(pool).await?)
}

/// Which centres a list shows: all, one neighbourhood's, or one organisation's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CentresOf {
    All,
    Neighbourhood(i64),
    Organisation(i64),
}

/// Centres by name.
pub async fn list(pool: &AnyPool, of: CentresOf) -> Result<Vec<CentreRow>, DbError> {
    let (filter, id) = match of {
        CentresOf::All => ("", None),
        CentresOf::Neighbourhood(id) => ("WHERE c.neighbourhood_id = $1", Some(id)),
        CentresOf::Organisation(id) => ("WHERE c.organisation_id = $1", Some(id)),
    };
    let sql = format!("{CENTRES} {filter} ORDER BY c.name, c.id");
    let mut query = sqlx::query_as::<_, CentreRow>(&sql);
    if let Some(id) = id {
        query = query.bind(id);
    }
    Ok(query.fetch_all(pool).await?)
}

/// A placement with its volunteer, centre and role, as the centre and the volunteer see it.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct PlacementRow {
    pub id: i64,
    pub volunteer_id: i64,
    pub volunteer: String,
    pub mobile: String,
    pub request_id: i64,
    pub centre_id: i64,
    pub centre: String,
    pub role_id: i64,
    pub role_code: Option<String>,
    pub role_name: String,
    pub state: String,
    pub reason: String,
    pub proposed_at: i64,
    pub answer_by: i64,
    pub decided_at: Option<i64>,
}

const PLACEMENTS: &str = "SELECT p.id, p.volunteer_id, v.full_name AS volunteer, v.mobile, \
       p.request_id, r.centre_id, c.name AS centre, r.role_id, vr.code AS role_code, \
       vr.name AS role_name, p.state, p.reason, p.proposed_at, p.answer_by, p.decided_at \
     FROM placements p JOIN volunteers v ON v.id = p.volunteer_id \
     JOIN centre_requests r ON r.id = p.request_id JOIN centres c ON c.id = r.centre_id \
     JOIN volunteer_roles vr ON vr.id = r.role_id";

pub async fn placement(pool: &AnyPool, id: i64) -> Result<Option<PlacementRow>, DbError> {
    let sql = format!("{PLACEMENTS} WHERE p.id = $1");
    Ok(sqlx::query_as(&sql).bind(id).fetch_optional(pool).await?)
}

/// A centre's placements: proposals waiting first (the soonest due), then the others, newest
/// first.
pub async fn placements_at(pool: &AnyPool, centre_id: i64) -> Result<Vec<PlacementRow>, DbError> {
    let sql = format!(
        "{PLACEMENTS} WHERE r.centre_id = $1 \
         ORDER BY CASE WHEN p.state = 'proposed' THEN 0 ELSE 1 END, p.answer_by, p.id DESC"
    );
    Ok(sqlx::query_as(&sql).bind(centre_id).fetch_all(pool).await?)
}

/// Placements of the given volunteers (an intermediary's, or one's own), newest first.
pub async fn placements_of(
    pool: &AnyPool,
    volunteers: &[i64],
) -> Result<Vec<PlacementRow>, DbError> {
    if volunteers.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "{PLACEMENTS} WHERE p.volunteer_id IN ({}) ORDER BY p.proposed_at DESC, p.id DESC",
        super::placeholders(volunteers.len())
    );
    let mut query = sqlx::query_as::<_, PlacementRow>(&sql);
    for id in volunteers {
        query = query.bind(*id);
    }
    Ok(query.fetch_all(pool).await?)
}
