//! People: experts and members' profiles (an account may have one).
use super::DbError;
use sqlx::{AnyConnection, AnyPool};

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct PersonRow {
    pub id: i64,
    /// Also the version an edit starts from.
    pub updated_at: i64,
    pub user_id: Option<i64>,
    pub name: String,
    pub organisation_id: Option<i64>,
    pub organisation: Option<String>,
    pub affiliation: String,
    pub expertise: String,
    pub phone: String,
    pub email: String,
}

pub struct NewPerson<'a> {
    pub user_id: Option<i64>,
    pub name: &'a str,
    pub organisation_id: Option<i64>,
    pub affiliation: &'a str,
    pub expertise: &'a str,
    pub phone: &'a str,
    pub email: &'a str,
    pub search_text: &'a str,
    pub now: i64,
}

pub async fn insert(conn: &mut AnyConnection, p: NewPerson<'_>) -> Result<i64, DbError> {
    Ok(sqlx::query_scalar(
        "INSERT INTO people (user_id, name, organisation_id, affiliation, expertise, phone, \
         email, search_text, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) RETURNING id",
    )
    .bind(p.user_id)
    .bind(p.name)
    .bind(p.organisation_id)
    .bind(p.affiliation)
    .bind(p.expertise)
    .bind(p.phone)
    .bind(p.email)
    .bind(p.search_text)
    .bind(p.now)
    .fetch_one(conn)
    .await?)
}

const SELECT: &str =
    "SELECT p.id, p.updated_at, p.user_id, p.name, p.organisation_id, o.name AS organisation, \
       p.affiliation, p.expertise, p.phone, p.email \
     FROM people p LEFT JOIN organisations o ON o.id = p.organisation_id";

pub async fn find(pool: &AnyPool, id: i64) -> Result<Option<PersonRow>, DbError> {
    let sql = format!("{SELECT} WHERE p.id = $1");
    Ok(sqlx::query_as(&sql).bind(id).fetch_optional(pool).await?)
}

/// The people affiliated with an organisation, by name.
pub async fn of_organisation(
    pool: &AnyPool,
    organisation_id: i64,
) -> Result<Vec<(i64, String)>, DbError> {
    Ok(
        sqlx::query_as("SELECT id, name FROM people WHERE organisation_id = $1 ORDER BY name, id")
            .bind(organisation_id)
            .fetch_all(pool)
            .await?,
    )
}

/// Whether two people's accounts sit (today) on a common committee, counting seats held
/// through a represented organisation. `person_id`'s own seats are by person or organisation.
pub async fn shares_committee(
    pool: &AnyPool,
    user_id: i64,
    person_id: i64,
    today: &str,
) -> Result<bool, DbError> {
    let active = "m.since <= $3 AND (m.until IS NULL OR m.until >= $3)";
    let sql = format!(
        "SELECT COUNT(*) FROM memberships m \
         WHERE {active} AND (m.person_id = $2 OR m.organisation_id = \
               (SELECT organisation_id FROM people WHERE id = $2)) \
           AND m.committee_id IN ( \
             SELECT m.committee_id FROM memberships m JOIN people p ON p.id = m.person_id \
              WHERE p.user_id = $1 AND {active} \
             UNION \
             SELECT m.committee_id FROM memberships m \
               JOIN organisation_representatives r ON r.organisation_id = m.organisation_id \
              WHERE r.user_id = $1 AND {active})"
    );
    let count: i64 = sqlx::query_scalar(&sql)
        .bind(user_id)
        .bind(person_id)
        .bind(today)
        .fetch_one(pool)
        .await?;
    Ok(count > 0)
}

/// Saves a person's profile if nobody saved it since `version` (their `updated_at`);
/// `Conflict` otherwise, and when the account is linked to someone else.
pub async fn update(
    conn: &mut AnyConnection,
    id: i64,
    version: i64,
    p: NewPerson<'_>,
) -> Result<(), DbError> {
    let done = sqlx::query(
        "UPDATE people SET user_id = $1, name = $2, organisation_id = $3, affiliation = $4, \
         expertise = $5, phone = $6, email = $7, search_text = $8, \
         updated_at = CASE WHEN $9 > updated_at THEN $9 ELSE updated_at + 1 END \
         WHERE id = $10 AND updated_at = $11",
    )
    .bind(p.user_id)
    .bind(p.name)
    .bind(p.organisation_id)
    .bind(p.affiliation)
    .bind(p.expertise)
    .bind(p.phone)
    .bind(p.email)
    .bind(p.search_text)
    .bind(p.now)
    .bind(id)
    .bind(version)
    .execute(conn)
    .await?;
    match done.rows_affected() {
        0 => Err(DbError::Conflict),
        _ => Ok(()),
    }
}

/// Everyone in the directory, by name: (id, name), to choose responsible people from.
pub async fn names(pool: &AnyPool) -> Result<Vec<(i64, String)>, DbError> {
    Ok(
        sqlx::query_as("SELECT id, name FROM people ORDER BY name, id")
            .fetch_all(pool)
            .await?,
    )
}
