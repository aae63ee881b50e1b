//! Organisations, their representatives and the neighbourhoods they work in.
use super::DbError;
use sqlx::{AnyConnection, AnyPool};

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct OrganisationRow {
    pub id: i64,
    pub kind: String,
    pub name: String,
    pub registration_no: Option<String>,
    pub dimensions: String,
    pub address: String,
    pub phone: String,
    pub email: String,
    pub website: String,
    pub description: String,
    pub status: String,
    pub rejection_reason: String,
    pub version: i64,
    pub is_intermediary: i64,
    pub neighbourhoods: i64,
    pub capacities: i64,
}

pub struct NewOrganisation<'a> {
    pub kind: &'a str,
    pub name: &'a str,
    pub registration_no: Option<&'a str>,
    pub dimensions: &'a str,
    pub address: &'a str,
    pub phone: &'a str,
    pub email: &'a str,
    pub website: &'a str,
    pub description: &'a str,
    pub status: &'a str,
    pub search_text: &'a str,
    pub created_by: Option<i64>,
    pub now: i64,
}

/// Filters of the organisation list; empty strings and `None` mean "any".
#[derive(Clone, Debug, Default)]
pub struct OrganisationFilter {
    pub kind: String,
    pub dimension: String,
    pub neighbourhood_id: Option<i64>,
    pub status: String,
    pub like: String,
    /// When false, only verified organisations are listed (the public directory).
    pub include_unverified: bool,
}

const SELECT: &str = "SELECT o.id, o.kind, o.name, o.registration_no, o.dimensions, o.address, \
       o.phone, o.email, o.website, o.description, o.status, o.rejection_reason, o.version, \
       o.is_intermediary, (SELECT COUNT(*) FROM organisation_neighbourhoods x WHERE x.organisation_id = o.id) \
         AS neighbourhoods, \
       (SELECT COUNT(*) FROM capacities x WHERE x.organisation_id = o.id) AS capacities \
     FROM organisations o";

const FILTER: &str = "($1 = '' OR o.kind = $1) \
     AND ($2 = '' OR (',' || o.dimensions || ',') LIKE ('%,' || $2 || ',%')) \
     AND ($3 < 0 OR o.id IN (SELECT organisation_id FROM organisation_neighbourhoods \
                             WHERE neighbourhood_id = $3)) \
     AND ($4 = '' OR o.status = $4) \
     AND (o.status = 'verified' OR $5 = 1) \
     AND o.search_text LIKE $6 ESCAPE '\\'";

pub async fn insert(conn: &mut AnyConnection, o: NewOrganisation<'_>) -> Result<i64, DbError> {
    Ok(sqlx::query_scalar(
        "INSERT INTO organisations (kind, name, registration_no, dimensions, address, phone, \
         email, website, description, status, search_text, created_by, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13) RETURNING id",
    )
    .bind(o.kind)
    .bind(o.name)
    .bind(o.registration_no)
    .bind(o.dimensions)
    .bind(o.address)
    .bind(o.phone)
    .bind(o.email)
    .bind(o.website)
    .bind(o.description)
    .bind(o.status)
    .bind(o.search_text)
    .bind(o.created_by)
    .bind(o.now)
    .fetch_one(conn)
    .await?)
}

pub async fn find(pool: &AnyPool, id: i64) -> Result<Option<OrganisationRow>, DbError> {
    let sql = format!("{SELECT} WHERE o.id = $1");
    Ok(sqlx::query_as(&sql).bind(id).fetch_optional(pool).await?)
}

/// One page of organisations matching the filter, by name; with the total.
pub async fn page(
    pool: &AnyPool,
    filter: &OrganisationFilter,
    limit: i64,
    offset: i64,
) -> Result<(Vec<OrganisationRow>, i64), DbError> {
    let sql = format!("{SELECT} WHERE {FILTER} ORDER BY o.name, o.id LIMIT $7 OFFSET $8");
    let rows = bind_filter(sqlx::query_as(&sql), filter)
        .bind(limit)
        .bind(offset)
        .fetch_all(pool)
        .await?;
    let count = format!("SELECT COUNT(*) FROM organisations o WHERE {FILTER}");
    let total = bind_filter_scalar(sqlx::query_scalar(&count), filter)
        .fetch_one(pool)
        .await?;
    Ok((rows, total))
}

type AnyQueryAs<'q, T> = sqlx::query::QueryAs<'q, sqlx::Any, T, sqlx::any::AnyArguments<'q>>;
type AnyQueryScalar<'q, T> =
    sqlx::query::QueryScalar<'q, sqlx::Any, T, sqlx::any::AnyArguments<'q>>;

fn bind_filter<'q, T>(q: AnyQueryAs<'q, T>, f: &'q OrganisationFilter) -> AnyQueryAs<'q, T> {
    q.bind(f.kind.as_str())
        .bind(f.dimension.as_str())
        .bind(f.neighbourhood_id.unwrap_or(-1))
        .bind(f.status.as_str())
        .bind(i64::from(f.include_unverified))
        .bind(f.like.as_str())
}

fn bind_filter_scalar<'q, T>(
    q: AnyQueryScalar<'q, T>,
    f: &'q OrganisationFilter,
) -> AnyQueryScalar<'q, T> {
    q.bind(f.kind.as_str())
        .bind(f.dimension.as_str())
        .bind(f.neighbourhood_id.unwrap_or(-1))
        .bind(f.status.as_str())
        .bind(i64::from(f.include_unverified))
        .bind(f.like.as_str())
}

/// Organisations active in a neighbourhood (verified ones only unless `include_unverified`).
pub async fn in_neighbourhood(
    pool: &AnyPool,
    neighbourhood_id: i64,
    include_unverified: bool,
) -> Result<Vec<OrganisationRow>, DbError> {
    let filter = OrganisationFilter {
        neighbourhood_id: Some(neighbourhood_id),
        like: "%".into(),
        include_unverified,
        ..Default::default()
    };
    Ok(page(pool, &filter, 500, 0).await?.0)
}

/// Verified organisations of one kind (empty for any), by name: (id, name).
pub async fn verified_of_kind(pool: &AnyPool, kind: &str) -> Result<Vec<(i64, String)>, DbError> {
    Ok(sqlx::query_as(
        "SELECT id, name FROM organisations WHERE ($1 = '' OR kind = $1) \
         AND status = 'verified' ORDER BY name, id",
    )
    .bind(kind)
    .fetch_all(pool)
    .await?)
}

pub async fn add_neighbourhood(
    conn: &mut AnyConnection,
    organisation_id: i64,
    neighbourhood_id: i64,
) -> Result<(), DbError> {
    sqlx::query(
        "INSERT INTO organisation_neighbourhoods (organisation_id, neighbourhood_id) \
         VALUES ($1, $2)",
    )
    .bind(organisation_id)
    .bind(neighbourhood_id)
    .execute(conn)
    .await?;
    Ok(())
}

/// The neighbourhoods an organisation works in, by name.
pub async fn neighbourhoods_of(
    pool: &AnyPool,
    organisation_id: i64,
) -> Result<Vec<(i64, String)>, DbError> {
    Ok(sqlx::query_as(
        "SELECT n.id, n.name FROM organisation_neighbourhoods x \
         JOIN neighbourhoods n ON n.id = x.neighbourhood_id \
         WHERE x.organisation_id = $1 ORDER BY n.name",
    )
    .bind(organisation_id)
    .fetch_all(pool)
    .await?)
}

pub async fn add_representative(
    conn: &mut AnyConnection,
    organisation_id: i64,
    user_id: i64,
    is_manager: bool,
    now: i64,
) -> Result<(), DbError> {
    sqlx::query(
        "INSERT INTO organisation_representatives (organisation_id, user_id, is_manager, \
         added_at) VALUES ($1, $2, $3, $4)",
    )
    .bind(organisation_id)
    .bind(user_id)
    .bind(i64::from(is_manager))
    .bind(now)
    .execute(conn)
    .await?;
    Ok(())
}

/// The organisations an account represents, and whether it manages their representatives.
pub async fn represented_by(pool: &AnyPool, user_id: i64) -> Result<Vec<(i64, bool)>, DbError> {
    let rows: Vec<(i64, i64)> = sqlx::query_as(
        "SELECT organisation_id, is_manager FROM organisation_representatives \
         WHERE user_id = $1 ORDER BY organisation_id",
    )
    .bind(user_id)
    .fetch_all(pool)
    .await?;
    Ok(rows.into_iter().map(|(id, m)| (id, m != 0)).collect())
}

/// The verified organisations an account represents, by name: (id, name).
pub async fn verified_represented_by(
    pool: &AnyPool,
    user_id: i64,
) -> Result<Vec<(i64, String)>, DbError> {
    Ok(sqlx::query_as(
        "SELECT o.id, o.name FROM organisations o \
           JOIN organisation_representatives r ON r.organisation_id = o.id \
         WHERE r.user_id = $1 AND o.status = 'verified' ORDER BY o.name, o.id",
    )
    .bind(user_id)
    .fetch_all(pool)
    .await?)
}

/// An organisation's representatives: (user id, username, display name, manages others).
pub async fn representatives_of(
    pool: &AnyPool,
    organisation_id: i64,
) -> Result<Vec<(i64, String, String, bool)>, DbError> {
    let rows: Vec<(i64, String, String, i64)> = sqlx::query_as(
        "SELECT u.id, u.username, u.display_name, r.is_manager \
         FROM organisation_representatives r JOIN users u ON u.id = r.user_id \
         WHERE r.organisation_id = $1 ORDER BY r.is_manager DESC, u.display_name, u.id",
    )
    .bind(organisation_id)
    .fetch_all(pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(id, username, name, m)| (id, username, name, m != 0))
        .collect())
}

/// Removes a representative; false when they were not one.
pub async fn remove_representative(
    conn: &mut AnyConnection,
    organisation_id: i64,
    user_id: i64,
) -> Result<bool, DbError> {
    let done = sqlx::query(
        "DELETE FROM organisation_representatives WHERE organisation_id = $1 AND user_id = $2",
    )
    .bind(organisation_id)
    .bind(user_id)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() > 0)
}

/// Sets the verification status, if nobody changed the organisation since `version` was read
/// (otherwise `Conflict`).
pub async fn set_status(
    conn: &mut AnyConnection,
    id: i64,
    status: &str,
    reason: &str,
    version: i64,
    now: i64,
) -> Result<(), DbError> {
    let done = sqlx::query(
        "UPDATE organisations SET status = $1, rejection_reason = $2, updated_at = $3, \
         version = version + 1 WHERE id = $4 AND version = $5",
    )
    .bind(status)
    .bind(reason)
    .bind(now)
    .bind(id)
    .bind(version)
    .execute(conn)
    .await?;
    if done.rows_affected() == 0 {
        return Err(DbError::Conflict);
    }
    Ok(())
}

/// An organisation's profile as an edit saves it (its kind and status stay).
pub struct ProfileChange<'a> {
    pub id: i64,
    /// The version the editor started from; the update is refused if it moved on.
    pub version: i64,
    pub name: &'a str,
    pub registration_no: Option<&'a str>,
    pub dimensions: &'a str,
    pub address: &'a str,
    pub phone: &'a str,
    pub email: &'a str,
    pub website: &'a str,
    pub description: &'a str,
    pub search_text: &'a str,
    pub now: i64,
}

/// Saves a profile if nobody saved it since `version` (`Conflict` otherwise, and also when
/// the registration number is taken: the caller tells the two apart by the version).
pub async fn update_profile(conn: &mut AnyConnection, p: ProfileChange<'_>) -> Result<(), DbError> {
    let done = sqlx::query(
        "UPDATE organisations SET name = $1, registration_no = $2, dimensions = $3, \
         address = $4, phone = $5, email = $6, website = $7, description = $8, \
         search_text = $9, updated_at = $10, version = version + 1 \
         WHERE id = $11 AND version = $12",
    )
    .bind(p.name)
    .bind(p.registration_no)
    .bind(p.dimensions)
    .bind(p.address)
    .bind(p.phone)
    .bind(p.email)
    .bind(p.website)
    .bind(p.description)
    .bind(p.search_text)
    .bind(p.now)
    .bind(p.id)
    .bind(p.version)
    .execute(conn)
    .await?;
    match done.rows_affected() {
        0 => Err(DbError::Conflict),
        _ => Ok(()),
    }
}

/// Forgets the neighbourhoods an organisation works in, before the edited list is written.
pub async fn clear_neighbourhoods(
    conn: &mut AnyConnection,
    organisation_id: i64,
) -> Result<(), DbError> {
    sqlx::query("DELETE FROM organisation_neighbourhoods WHERE organisation_id = $1")
        .bind(organisation_id)
        .execute(conn)
        .await?;
    Ok(())
}

/// Stores (or replaces) an organisation's logo.
pub async fn set_logo(
    conn: &mut AnyConnection,
    organisation_id: i64,
    content_type: &str,
    bytes: &[u8],
    now: i64,
) -> Result<(), DbError> {
    sqlx::query(
        "INSERT INTO organisation_logos (organisation_id, content_type, bytes, updated_at) \
         VALUES ($1, $2, $3, $4) ON CONFLICT (organisation_id) DO UPDATE \
         SET content_type = excluded.content_type, bytes = excluded.bytes, \
             updated_at = excluded.updated_at",
    )
    .bind(organisation_id)
    .bind(content_type)
    .bind(bytes.to_vec())
    .bind(now)
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn remove_logo(conn: &mut AnyConnection, organisation_id: i64) -> Result<(), DbError> {
    sqlx::query("DELETE FROM organisation_logos WHERE organisation_id = $1")
        .bind(organisation_id)
        .execute(conn)
        .await?;
    Ok(())
}

/// The logo's content type and bytes.
pub async fn logo(
    pool: &AnyPool,
    organisation_id: i64,
) -> Result<Option<(String, Vec<u8>)>, DbError> {
    Ok(sqlx::query_as(
        "SELECT content_type, bytes FROM organisation_logos WHERE organisation_id = $1",
    )
    .bind(organisation_id)
    .fetch_optional(pool)
    .await?)
}

/// When the logo was last changed (its URL carries this, so browsers may cache it).
pub async fn logo_version(pool: &AnyPool, organisation_id: i64) -> Result<Option<i64>, DbError> {
    Ok(
        sqlx::query_scalar("SELECT updated_at FROM organisation_logos WHERE organisation_id = $1")
            .bind(organisation_id)
            .fetch_optional(pool)
            .await?,
    )
}
