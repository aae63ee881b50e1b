//! Committees and their memberships.
use super::DbError;
use sqlx::{AnyConnection, AnyPool};

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct CommitteeRow {
    pub id: i64,
    pub name: String,
    pub dimension: String,
    pub mandate: String,
    pub status: String,
    pub version: i64,
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct CommitteeCardRow {
    pub id: i64,
    pub name: String,
    pub dimension: String,
    pub status: String,
    pub chair: Option<String>,
    pub agencies: i64,
    pub ngos: i64,
    pub experts: i64,
    pub working_groups: i64,
}

/// A membership with the member's name and kind (`org_kind` is NULL for a person).
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct MemberRow {
    pub id: i64,
    pub committee_id: i64,
    pub role: String,
    pub since: String,
    pub until: Option<String>,
    pub organisation_id: Option<i64>,
    pub person_id: Option<i64>,
    pub name: String,
    pub org_kind: Option<String>,
    pub detail: String,
}

/// How a committee list is ordered; each maps to a fixed ORDER BY.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CommitteeOrder {
    Name,
    Dimension,
    Members,
}

pub struct NewCommittee<'a> {
    pub name: &'a str,
    pub dimension: &'a str,
    pub mandate: &'a str,
    pub search_text: &'a str,
    pub created_by: Option<i64>,
    pub now: i64,
}

pub struct NewMembership<'a> {
    pub committee_id: i64,
    pub organisation_id: Option<i64>,
    pub person_id: Option<i64>,
    pub role: &'a str,
    pub since: &'a str,
    pub until: Option<&'a str>,
    pub now: i64,
}

const ACTIVE: &str = "m.since <= $1 AND (m.until IS NULL OR m.until >= $1)";

pub async fn insert(conn: &mut AnyConnection, c: NewCommittee<'_>) -> Result<i64, DbError> {
    Ok(sqlx::query_scalar(
        "INSERT INTO committees (name, dimension, mandate, search_text, created_by, created_at, \
         updated_at) VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id",
    )
    .bind(c.name)
    .bind(c.dimension)
    .bind(c.mandate)
    .bind(c.search_text)
    .bind(c.created_by)
    .bind(c.now)
    .fetch_one(conn)
    .await?)
}

pub async fn find(pool: &AnyPool, id: i64) -> Result<Option<CommitteeRow>, DbError> {
    Ok(sqlx::query_as(
        "SELECT id, name, dimension, mandate, status, version FROM committees WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(pool)
    .await?)
}

/// Active committees by name: (id, name).
pub async fn active_names(pool: &AnyPool) -> Result<Vec<(i64, String)>, DbError> {
    Ok(
        sqlx::query_as("SELECT id, name FROM committees WHERE status = 'active' ORDER BY name, id")
            .fetch_all(pool)
            .await?,
    )
}

/// Committee cards: `dimension` empty for all, `like` a search pattern, counts as of `today`.
pub async fn cards(
    pool: &AnyPool,
    today: &str,
    dimension: &str,
    like: &str,
    order: CommitteeOrder,
) -> Result<Vec<CommitteeCardRow>, DbError> {
    let order_by = match order {
        CommitteeOrder::Name => "c.name, c.id",
        CommitteeOrder::Dimension => "c.dimension, c.name, c.id",
        CommitteeOrder::Members => "(agencies + ngos + experts) DESC, c.name, c.id",
    };
    let sql = format!(
        "SELECT c.id, c.name, c.dimension, c.status, \
           (SELECT COALESCE(o.name, p.name) FROM memberships m \
              LEFT JOIN organisations o ON o.id = m.organisation_id \
              LEFT JOIN people p ON p.id = m.person_id \
             WHERE m.committee_id = c.id AND m.role = 'chair' AND {ACTIVE} \
             ORDER BY m.since DESC LIMIT 1) AS chair, \
           (SELECT COUNT(*) FROM memberships m JOIN organisations o ON o.id = m.organisation_id \
             WHERE m.committee_id = c.id AND o.kind = 'agency' AND {ACTIVE}) AS agencies, \
           (SELECT COUNT(*) FROM memberships m JOIN organisations o ON o.id = m.organisation_id \
             WHERE m.committee_id = c.id AND o.kind <> 'agency' AND {ACTIVE}) AS ngos, \
           (SELECT COUNT(*) FROM memberships m \
             WHERE m.committee_id = c.id AND m.person_id IS NOT NULL AND {ACTIVE}) AS experts, \
           (SELECT COUNT(*) FROM working_groups w WHERE w.committee_id = c.id) AS working_groups \
         FROM committees c \
         WHERE ($2 = '' OR c.dimension = $2) AND c.search_text LIKE $3 ESCAPE '\\' \
         ORDER BY {order_by}"
    );
    Ok(sqlx::query_as(&sql)
        .bind(today)
        .bind(dimension)
        .bind(like)
        .fetch_all(pool)
        .await?)
}

const MEMBER_SELECT: &str = "SELECT m.id, m.committee_id, m.role, m.since, m.until, \
       m.organisation_id, m.person_id, COALESCE(o.name, p.name) AS name, o.kind AS org_kind, \
       COALESCE(p.affiliation, '') AS detail \
     FROM memberships m \
     LEFT JOIN organisations o ON o.id = m.organisation_id \
     LEFT JOIN people p ON p.id = m.person_id";

const ROLE_ORDER: &str = "CASE m.role WHEN 'chair' THEN 0 WHEN 'secretary' THEN 1 \
     WHEN 'member' THEN 2 ELSE 3 END";

/// Every membership of a committee, past and present, chair first.
pub async fn members(pool: &AnyPool, committee_id: i64) -> Result<Vec<MemberRow>, DbError> {
    let sql =
        format!("{MEMBER_SELECT} WHERE m.committee_id = $1 ORDER BY {ROLE_ORDER}, name, m.id");
    Ok(sqlx::query_as(&sql)
        .bind(committee_id)
        .fetch_all(pool)
        .await?)
}

/// Every membership of every committee (for exports), in one query.
pub async fn members_of_all(pool: &AnyPool) -> Result<Vec<MemberRow>, DbError> {
    let sql = format!("{MEMBER_SELECT} ORDER BY m.committee_id, {ROLE_ORDER}, name, m.id");
    Ok(sqlx::query_as(&sql).fetch_all(pool).await?)
}

/// The memberships of a working group's members.
pub async fn working_group_members(
    pool: &AnyPool,
    working_group_id: i64,
) -> Result<Vec<MemberRow>, DbError> {
    let sql = format!(
        "{MEMBER_SELECT} JOIN working_group_members wm ON wm.membership_id = m.id \
         WHERE wm.working_group_id = $1 ORDER BY {ROLE_ORDER}, name, m.id"
    );
    Ok(sqlx::query_as(&sql)
        .bind(working_group_id)
        .fetch_all(pool)
        .await?)
}

/// The seats an organisation or a person holds (all time), with the committee's name in
/// `detail`.
pub async fn seats_of(
    pool: &AnyPool,
    organisation_id: Option<i64>,
    person_id: Option<i64>,
) -> Result<Vec<MemberRow>, DbError> {
    let sql = "SELECT m.id, m.committee_id, m.role, m.since, m.until, m.organisation_id, \
           m.person_id, c.name AS name, NULL AS org_kind, '' AS detail \
         FROM memberships m JOIN committees c ON c.id = m.committee_id \
         WHERE m.organisation_id = $1 OR m.person_id = $2 ORDER BY c.name, m.since";
    Ok(sqlx::query_as(sql)
        .bind(organisation_id)
        .bind(person_id)
        .fetch_all(pool)
        .await?)
}

/// Memberships of one role on a committee (to check the one-chair rule inside a write).
pub async fn seats_in_role(
    conn: &mut AnyConnection,
    committee_id: i64,
    role: &str,
) -> Result<Vec<(String, Option<String>)>, DbError> {
    Ok(
        sqlx::query_as(
            "SELECT since, until FROM memberships WHERE committee_id = $1 AND role = $2",
        )
        .bind(committee_id)
        .bind(role)
        .fetch_all(conn)
        .await?,
    )
}

pub async fn insert_membership(
    conn: &mut AnyConnection,
    m: NewMembership<'_>,
) -> Result<i64, DbError> {
    Ok(sqlx::query_scalar(
        "INSERT INTO memberships (committee_id, organisation_id, person_id, role, since, until, \
         created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
    )
    .bind(m.committee_id)
    .bind(m.organisation_id)
    .bind(m.person_id)
    .bind(m.role)
    .bind(m.since)
    .bind(m.until)
    .bind(m.now)
    .fetch_one(conn)
    .await?)
}

/// The committee roles an account holds today: as a person, or as a representative of a
/// member organisation.
pub async fn roles_of_user(
    pool: &AnyPool,
    user_id: i64,
    today: &str,
) -> Result<Vec<(i64, String)>, DbError> {
    let sql = format!(
        "SELECT m.committee_id, m.role FROM memberships m \
           JOIN people p ON p.id = m.person_id WHERE p.user_id = $2 AND {ACTIVE} \
         UNION \
         SELECT m.committee_id, m.role FROM memberships m \
           JOIN organisation_representatives r ON r.organisation_id = m.organisation_id \
          WHERE r.user_id = $2 AND {ACTIVE}"
    );
    Ok(sqlx::query_as(&sql)
        .bind(today)
        .bind(user_id)
        .fetch_all(pool)
        .await?)
}

pub struct CommitteeChange<'a> {
    pub id: i64,
    /// The version the editor started from; the update is refused if it moved on.
    pub version: i64,
    pub name: &'a str,
    pub dimension: &'a str,
    pub mandate: &'a str,
    pub status: &'a str,
    pub search_text: &'a str,
    pub now: i64,
}

/// Saves a committee's fields if nobody saved it since `version` (otherwise `Conflict`).
pub async fn update(conn: &mut AnyConnection, c: CommitteeChange<'_>) -> Result<(), DbError> {
    let done = sqlx::query(
        "UPDATE committees SET name = $1, dimension = $2, mandate = $3, status = $4, \
         search_text = $5, updated_at = $6, version = version + 1 WHERE id = $7 AND version = $8",
    )
    .bind(c.name)
    .bind(c.dimension)
    .bind(c.mandate)
    .bind(c.status)
    .bind(c.search_text)
    .bind(c.now)
    .bind(c.id)
    .bind(c.version)
    .execute(conn)
    .await?;
    match done.rows_affected() {
        0 => Err(DbError::Conflict),
        _ => Ok(()),
    }
}

/// One membership with its member's name.
pub async fn membership(pool: &AnyPool, id: i64) -> Result<Option<MemberRow>, DbError> {
    let sql = format!("{MEMBER_SELECT} WHERE m.id = $1");
    Ok(sqlx::query_as(&sql).bind(id).fetch_optional(pool).await?)
}

/// Ends a membership on `until` (an ISO day) if it has not ended already.
pub async fn end_membership(
    conn: &mut AnyConnection,
    id: i64,
    until: &str,
) -> Result<bool, DbError> {
    let done = sqlx::query(
        "UPDATE memberships SET until = $1 WHERE id = $2 AND (until IS NULL OR until > $1)",
    )
    .bind(until)
    .bind(id)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() > 0)
}
