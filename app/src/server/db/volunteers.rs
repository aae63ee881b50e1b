//! Volunteers' profiles, their offered roles and skills, the reference list of roles, drives,
//! and the registration states their intermediary moves them through.
use super::{replace_links, DbError};
use sqlx::{AnyConnection, AnyPool};

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct VolunteerRow {
    pub id: i64,
    pub user_id: i64,
    pub full_name: String,
    pub national_code: String,
    pub mobile: String,
    pub birth_year: i64,
    pub gender: Option<String>,
    pub neighbourhood_id: Option<i64>,
    pub neighbourhood: Option<String>,
    pub intermediary_id: i64,
    pub intermediary: String,
    pub drive_id: Option<i64>,
    /// The registration drive that brought them.
    pub drive: Option<String>,
    pub availability: i64,
    pub consent_at: i64,
    pub private_note: String,
    pub state: String,
    pub state_reason: String,
    pub applied_at: i64,
    pub state_at: i64,
    pub version: i64,
}

const SELECT: &str = "SELECT v.id, v.user_id, v.full_name, v.national_code, v.mobile, \
       v.birth_year, v.gender, v.neighbourhood_id, n.name AS neighbourhood, v.intermediary_id, \
       o.name AS intermediary, v.drive_id, d.name AS drive, v.availability, v.consent_at, v.private_note, v.state, \
       v.state_reason, v.applied_at, v.state_at, v.version \
     FROM volunteers v \
     JOIN organisations o ON o.id = v.intermediary_id \
     LEFT JOIN neighbourhoods n ON n.id = v.neighbourhood_id \
     LEFT JOIN volunteer_drives d ON d.id = v.drive_id";

pub struct NewVolunteer<'a> {
    pub user_id: i64,
    pub full_name: &'a str,
    pub search_text: &'a str,
    pub national_code: &'a str,
    pub mobile: &'a str,
    pub birth_year: i64,
    pub gender: Option<&'a str>,
    pub neighbourhood_id: Option<i64>,
    pub intermediary_id: i64,
    pub drive_id: Option<i64>,
    pub availability: i64,
    pub private_note: &'a str,
    pub now: i64,
}

/// Adds an applicant; a national code already registered is `DbError::Conflict`. Consent is
/// recorded at the moment of registering: the form cannot be sent without it.
pub async fn insert(conn: &mut AnyConnection, v: NewVolunteer<'_>) -> Result<i64, DbError> {
    Ok(sqlx::query_scalar(
        "INSERT INTO volunteers (user_id, full_name, search_text, national_code, mobile, \
         birth_year, gender, neighbourhood_id, intermediary_id, drive_id, availability, \
         consent_at, private_note, applied_at, state_at, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $12, $12, $12, $12) \
         RETURNING id",
    )
    .bind(v.user_id)
    .bind(v.full_name)
    .bind(v.search_text)
    .bind(v.national_code)
    .bind(v.mobile)
    .bind(v.birth_year)
    .bind(v.gender)
    .bind(v.neighbourhood_id)
    .bind(v.intermediary_id)
    .bind(v.drive_id)
    .bind(v.availability)
    .bind(v.now)
    .bind(v.private_note)
    .fetch_one(conn)
    .await?)
}

/// The volunteer a national code is registered to (to offer a merge instead of a duplicate).
pub async fn id_by_national_code(pool: &AnyPool, code: &str) -> Result<Option<i64>, DbError> {
    Ok(
        sqlx::query_scalar("SELECT id FROM volunteers WHERE national_code = $1")
            .bind(code)
            .fetch_optional(pool)
            .await?,
    )
}

pub async fn by_id(pool: &AnyPool, id: i64) -> Result<Option<VolunteerRow>, DbError> {
    let sql = format!("{SELECT} WHERE v.id = $1");
    Ok(sqlx::query_as(&sql).bind(id).fetch_optional(pool).await?)
}

/// Several volunteers at once (unknown ids are left out).
pub async fn by_ids(pool: &AnyPool, ids: &[i64]) -> Result<Vec<VolunteerRow>, DbError> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "{SELECT} WHERE v.id IN ({})",
        super::placeholders(ids.len())
    );
    let mut query = sqlx::query_as::<_, VolunteerRow>(&sql);
    for id in ids {
        query = query.bind(*id);
    }
    Ok(query.fetch_all(pool).await?)
}

/// The profile of the account signed in, if it has registered as a volunteer.
pub async fn of_user(pool: &AnyPool, user_id: i64) -> Result<Option<VolunteerRow>, DbError> {
    let sql = format!("{SELECT} WHERE v.user_id = $1");
    Ok(sqlx::query_as(&sql)
        .bind(user_id)
        .fetch_optional(pool)
        .await?)
}

/// An intermediary's volunteers in one state, those waiting longest first.
pub async fn of_intermediary(
    pool: &AnyPool,
    intermediary_id: i64,
    state: &str,
) -> Result<Vec<VolunteerRow>, DbError> {
    let sql =
        format!("{SELECT} WHERE v.intermediary_id = $1 AND v.state = $2 ORDER BY v.state_at, v.id");
    Ok(sqlx::query_as(&sql)
        .bind(intermediary_id)
        .bind(state)
        .fetch_all(pool)
        .await?)
}

/// Moves a volunteer to `state` if nobody saved them since `version` was read; false when
/// someone did (the caller shows the fresh state).
pub async fn set_state(
    conn: &mut AnyConnection,
    id: i64,
    version: i64,
    state: &str,
    reason: &str,
    now: i64,
) -> Result<bool, DbError> {
    let done = sqlx::query(
        "UPDATE volunteers SET state = $1, state_reason = $2, state_at = $3, updated_at = $3, \
         version = version + 1 WHERE id = $4 AND version = $5",
    )
    .bind(state)
    .bind(reason)
    .bind(now)
    .bind(id)
    .bind(version)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// What a volunteer changes in their own profile.
pub struct OfferChange<'a> {
    pub id: i64,
    pub version: i64,
    pub mobile: &'a str,
    pub birth_year: i64,
    pub gender: Option<&'a str>,
    pub neighbourhood_id: Option<i64>,
    pub availability: i64,
    pub now: i64,
}

/// Saves a volunteer's own changes if nobody saved the profile since `version` was read.
pub async fn update_offer(conn: &mut AnyConnection, c: OfferChange<'_>) -> Result<bool, DbError> {
    let done = sqlx::query(
        "UPDATE volunteers SET mobile = $1, birth_year = $2, gender = $3, neighbourhood_id = $4, \
         availability = $5, updated_at = $6, version = version + 1 \
         WHERE id = $7 AND version = $8",
    )
    .bind(c.mobile)
    .bind(c.birth_year)
    .bind(c.gender)
    .bind(c.neighbourhood_id)
    .bind(c.availability)
    .bind(c.now)
    .bind(c.id)
    .bind(c.version)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Removes a volunteer's skills (before writing the ones they now list).
pub async fn clear_skills(conn: &mut AnyConnection, volunteer_id: i64) -> Result<(), DbError> {
    sqlx::query("DELETE FROM volunteer_skills WHERE volunteer_id = $1")
        .bind(volunteer_id)
        .execute(conn)
        .await?;
    Ok(())
}

pub async fn set_offers(
    conn: &mut AnyConnection,
    volunteer_id: i64,
    role_ids: &[i64],
) -> Result<(), DbError> {
    replace_links(
        conn,
        "volunteer_offers",
        "volunteer_id",
        volunteer_id,
        "role_id",
        role_ids,
    )
    .await
}

pub async fn offers(pool: &AnyPool, volunteer_id: i64) -> Result<Vec<i64>, DbError> {
    Ok(sqlx::query_scalar(
        "SELECT role_id FROM volunteer_offers WHERE volunteer_id = $1 ORDER BY role_id",
    )
    .bind(volunteer_id)
    .fetch_all(pool)
    .await?)
}

pub async fn add_skill(
    conn: &mut AnyConnection,
    volunteer_id: i64,
    skill: &str,
    level: &str,
) -> Result<(), DbError> {
    sqlx::query("INSERT INTO volunteer_skills (volunteer_id, skill, level) VALUES ($1, $2, $3)")
        .bind(volunteer_id)
        .bind(skill)
        .bind(level)
        .execute(conn)
        .await?;
    Ok(())
}

pub async fn skills(pool: &AnyPool, volunteer_id: i64) -> Result<Vec<(String, String)>, DbError> {
    Ok(sqlx::query_as(
        "SELECT skill, level FROM volunteer_skills WHERE volunteer_id = $1 ORDER BY id",
    )
    .bind(volunteer_id)
    .fetch_all(pool)
    .await?)
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct RoleRow {
    pub id: i64,
    pub code: Option<String>,
    pub name: String,
}

/// The roles volunteers may offer now (retired ones stay on old records only).
pub async fn roles(pool: &AnyPool) -> Result<Vec<RoleRow>, DbError> {
    Ok(sqlx::query_as(
        "SELECT id, code, name FROM volunteer_roles WHERE retired_at IS NULL ORDER BY id",
    )
    .fetch_all(pool)
    .await?)
}

/// A drive by the code people bring from its poster or link (codes are stored upper-case).
pub async fn drive_by_code(pool: &AnyPool, code: &str) -> Result<Option<i64>, DbError> {
    Ok(
        sqlx::query_scalar("SELECT id FROM volunteer_drives WHERE code = $1")
            .bind(code)
            .fetch_optional(pool)
            .await?,
    )
}

pub async fn insert_drive(
    conn: &mut AnyConnection,
    code: &str,
    name: &str,
    starts_on: &str,
    ends_on: Option<&str>,
    created_by: Option<i64>,
    now: i64,
) -> Result<i64, DbError> {
    Ok(sqlx::query_scalar(
        "INSERT INTO volunteer_drives (code, name, starts_on, ends_on, created_by, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(code)
    .bind(name)
    .bind(starts_on)
    .bind(ends_on)
    .bind(created_by)
    .bind(now)
    .fetch_one(conn)
    .await?)
}

/// Marks or unmarks an organisation as an intermediary institution.
pub async fn set_intermediary(
    conn: &mut AnyConnection,
    organisation_id: i64,
    on: bool,
) -> Result<(), DbError> {
    sqlx::query("UPDATE organisations SET is_intermediary = $1 WHERE id = $2")
        .bind(i64::from(on))
        .bind(organisation_id)
        .execute(conn)
        .await?;
    Ok(())
}

/// How many of an intermediary's volunteers whose folded name matches `like` are in each state.
pub async fn count_matching(
    pool: &AnyPool,
    intermediary_id: i64,
    like: &str,
) -> Result<Vec<(String, i64)>, DbError> {
    Ok(sqlx::query_as(
        "SELECT state, COUNT(*) FROM volunteers \
         WHERE intermediary_id = $1 AND search_text LIKE $2 ESCAPE '\\' \
         GROUP BY state ORDER BY state",
    )
    .bind(intermediary_id)
    .bind(like)
    .fetch_all(pool)
    .await?)
}

/// How many of an intermediary's volunteers are in each state (for figures shown to anyone).
pub async fn count_by_state(
    pool: &AnyPool,
    intermediary_id: i64,
) -> Result<Vec<(String, i64)>, DbError> {
    count_matching(pool, intermediary_id, "%").await
}

/// Every role, retired ones too (old records still name them).
pub async fn all_roles(pool: &AnyPool) -> Result<Vec<RoleRow>, DbError> {
    Ok(
        sqlx::query_as("SELECT id, code, name FROM volunteer_roles ORDER BY id")
            .fetch_all(pool)
            .await?,
    )
}

/// Verified organisations marked as intermediary institutions, by name.
pub async fn intermediaries(pool: &AnyPool) -> Result<Vec<(i64, String)>, DbError> {
    Ok(sqlx::query_as(
        "SELECT id, name FROM organisations \
         WHERE is_intermediary = 1 AND status = 'verified' ORDER BY name, id",
    )
    .fetch_all(pool)
    .await?)
}

/// Whether an organisation is a verified intermediary institution.
pub async fn is_intermediary(pool: &AnyPool, organisation_id: i64) -> Result<bool, DbError> {
    let found: Option<i64> = sqlx::query_scalar(
        "SELECT id FROM organisations WHERE id = $1 AND is_intermediary = 1 \
         AND status = 'verified'",
    )
    .bind(organisation_id)
    .fetch_optional(pool)
    .await?;
    Ok(found.is_some())
}

/// The roles offered by all of an intermediary's volunteers, in one query.
pub async fn offers_of_intermediary(
    pool: &AnyPool,
    intermediary_id: i64,
) -> Result<Vec<(i64, i64)>, DbError> {
    Ok(sqlx::query_as(
        "SELECT o.volunteer_id, o.role_id FROM volunteer_offers o \
         JOIN volunteers v ON v.id = o.volunteer_id WHERE v.intermediary_id = $1 \
         ORDER BY o.volunteer_id, o.role_id",
    )
    .bind(intermediary_id)
    .fetch_all(pool)
    .await?)
}

/// The volunteers accepted at any of `centre_ids`, by name (the centres' export).
pub async fn placed_at(pool: &AnyPool, centre_ids: &[i64]) -> Result<Vec<VolunteerRow>, DbError> {
    if centre_ids.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "{SELECT} WHERE v.id IN (SELECT p.volunteer_id FROM placements p \
           JOIN centre_requests r ON r.id = p.request_id \
           WHERE p.state = 'accepted' AND r.centre_id IN ({})) ORDER BY v.full_name, v.id",
        super::placeholders(centre_ids.len())
    );
    let mut query = sqlx::query_as(&sql);
    for id in centre_ids {
        query = query.bind(*id);
    }
    Ok(query.fetch_all(pool).await?)
}

/// The roles offered by these volunteers.
pub async fn offers_of(pool: &AnyPool, ids: &[i64]) -> Result<Vec<(i64, i64)>, DbError> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "SELECT volunteer_id, role_id FROM volunteer_offers WHERE volunteer_id IN ({}) \
         ORDER BY volunteer_id, role_id",
        super::placeholders(ids.len())
    );
    let mut query = sqlx::query_as(&sql);
    for id in ids {
        query = query.bind(*id);
    }
    Ok(query.fetch_all(pool).await?)
}

/// All of an intermediary's volunteers, longest in their state first (its export).
pub async fn all_of_intermediary(
    pool: &AnyPool,
    intermediary_id: i64,
) -> Result<Vec<VolunteerRow>, DbError> {
    let sql = format!("{SELECT} WHERE v.intermediary_id = $1 ORDER BY v.state_at, v.id");
    Ok(sqlx::query_as(&sql)
        .bind(intermediary_id)
        .fetch_all(pool)
        .await?)
}

/// A page of an intermediary's volunteers in one state whose folded name matches `like` (a
/// LIKE pattern; `%` for all), longest in that state first.
pub async fn roster(
    pool: &AnyPool,
    intermediary_id: i64,
    state: &str,
    like: &str,
    limit: i64,
    offset: i64,
) -> Result<Vec<VolunteerRow>, DbError> {
    let sql = format!(
        "{SELECT} WHERE v.intermediary_id = $1 AND v.state = $2 \
           AND v.search_text LIKE $3 ESCAPE '\\' \
         ORDER BY v.state_at, v.id LIMIT $4 OFFSET $5"
    );
    Ok(sqlx::query_as(&sql)
        .bind(intermediary_id)
        .bind(state)
        .bind(like)
        .bind(limit)
        .bind(offset)
        .fetch_all(pool)
        .await?)
}
