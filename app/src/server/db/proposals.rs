//! Proposals: their fields, neighbourhoods and partners, and the list as each viewer may see it.
//! Moves and comments are in `proposal_moves`.
use super::{placeholders, replace_links, DbError};
use sqlx::{AnyConnection, AnyPool};

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct ProposalRow {
    pub id: i64,
    pub organisation_id: i64,
    pub organisation: String,
    pub title: String,
    pub summary: String,
    pub dimension: String,
    pub objectives: String,
    pub beneficiaries: Option<i64>,
    pub beneficiary_groups: String,
    pub activities: String,
    pub duration_months: Option<i64>,
    pub budget_rials: Option<i64>,
    pub assessment_id: Option<i64>,
    pub committee_id: Option<i64>,
    pub committee: Option<String>,
    pub status: String,
    pub status_since: i64,
    pub submitted_at: Option<i64>,
    pub created_at: i64,
    pub version: i64,
}

/// A proposal's fields as stored (codes and numbers already checked).
pub struct ProposalValues<'a> {
    pub title: &'a str,
    pub summary: &'a str,
    pub dimension: &'a str,
    pub objectives: &'a str,
    pub beneficiaries: Option<i64>,
    pub beneficiary_groups: &'a str,
    pub activities: &'a str,
    pub duration_months: Option<i64>,
    pub budget_rials: Option<i64>,
    pub assessment_id: Option<i64>,
    pub search_text: &'a str,
}

const SELECT: &str = "SELECT p.id, p.organisation_id, o.name AS organisation, p.title, p.summary, \
       p.dimension, p.objectives, p.beneficiaries, p.beneficiary_groups, p.activities, \
       p.duration_months, p.budget_rials, p.assessment_id, p.committee_id, c.name AS committee, \
       p.status, p.status_since, p.submitted_at, p.created_at, p.version \
     FROM proposals p JOIN organisations o ON o.id = p.organisation_id \
       LEFT JOIN committees c ON c.id = p.committee_id";

pub async fn insert(
    conn: &mut AnyConnection,
    organisation_id: i64,
    v: &ProposalValues<'_>,
    created_by: i64,
    now: i64,
) -> Result<i64, DbError> {
    Ok(sqlx::query_scalar(
        "INSERT INTO proposals (organisation_id, title, summary, dimension, objectives, \
           beneficiaries, beneficiary_groups, activities, duration_months, budget_rials, \
           assessment_id, search_text, created_by, status_since, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $14, $14) \
         RETURNING id",
    )
    .bind(organisation_id)
    .bind(v.title)
    .bind(v.summary)
    .bind(v.dimension)
    .bind(v.objectives)
    .bind(v.beneficiaries)
    .bind(v.beneficiary_groups)
    .bind(v.activities)
    .bind(v.duration_months)
    .bind(v.budget_rials)
    .bind(v.assessment_id)
    .bind(v.search_text)
    .bind(created_by)
    .bind(now)
    .fetch_one(conn)
    .await?)
}

/// Saves the fields if nobody saved since `version` (otherwise `Conflict`).
pub async fn update(
    conn: &mut AnyConnection,
    id: i64,
    version: i64,
    v: &ProposalValues<'_>,
    now: i64,
) -> Result<(), DbError> {
    let done = sqlx::query(
        "UPDATE proposals SET title = $1, summary = $2, dimension = $3, objectives = $4, \
           beneficiaries = $5, beneficiary_groups = $6, activities = $7, duration_months = $8, \
           budget_rials = $9, assessment_id = $10, search_text = $11, updated_at = $12, \
           version = version + 1 \
         WHERE id = $13 AND version = $14",
    )
    .bind(v.title)
    .bind(v.summary)
    .bind(v.dimension)
    .bind(v.objectives)
    .bind(v.beneficiaries)
    .bind(v.beneficiary_groups)
    .bind(v.activities)
    .bind(v.duration_months)
    .bind(v.budget_rials)
    .bind(v.assessment_id)
    .bind(v.search_text)
    .bind(now)
    .bind(id)
    .bind(version)
    .execute(conn)
    .await?;
    if done.rows_affected() == 1 {
        Ok(())
    } else {
        Err(DbError::Conflict)
    }
}

/// Replaces the proposal's neighbourhoods and partner organisations.
pub async fn set_links(
    conn: &mut AnyConnection,
    id: i64,
    neighbourhoods: &[i64],
    partners: &[i64],
) -> Result<(), DbError> {
    let owner = "proposal_id";
    replace_links(
        conn,
        "proposal_neighbourhoods",
        owner,
        id,
        "neighbourhood_id",
        neighbourhoods,
    )
    .await?;
    replace_links(
        conn,
        "proposal_partners",
        owner,
        id,
        "organisation_id",
        partners,
    )
    .await
}

pub async fn find(pool: &AnyPool, id: i64) -> Result<Option<ProposalRow>, DbError> {
    let sql = format!("{SELECT} WHERE p.id = $1");
    Ok(sqlx::query_as(&sql).bind(id).fetch_optional(pool).await?)
}

/// Moves the proposal from `from` to `to` unless someone moved it first (otherwise
/// `Conflict`). A committee, when given, becomes the one the proposal is before.
pub struct StatusChange<'a> {
    pub id: i64,
    pub from: &'a str,
    pub to: &'a str,
    pub committee_id: Option<i64>,
    pub submitted: bool,
    pub decided: bool,
    pub now: i64,
}

pub async fn set_status(conn: &mut AnyConnection, c: StatusChange<'_>) -> Result<(), DbError> {
    let done = sqlx::query(
        "UPDATE proposals SET status = $1, status_since = $2, \
           committee_id = COALESCE($3, committee_id), \
           submitted_at = CASE WHEN $4 = 1 THEN $2 ELSE submitted_at END, \
           decided_at = CASE WHEN $5 = 1 THEN $2 ELSE decided_at END, \
           updated_at = $2, version = version + 1 \
         WHERE id = $6 AND status = $7",
    )
    .bind(c.to)
    .bind(c.now)
    .bind(c.committee_id)
    .bind(i64::from(c.submitted))
    .bind(i64::from(c.decided))
    .bind(c.id)
    .bind(c.from)
    .execute(conn)
    .await?;
    if done.rows_affected() == 1 {
        Ok(())
    } else {
        Err(DbError::Conflict)
    }
}

/// (proposal id, neighbourhood id, name) for the given proposals: one query for a page.
pub async fn neighbourhoods_of(
    pool: &AnyPool,
    ids: &[i64],
) -> Result<Vec<(i64, i64, String)>, DbError> {
    links(
        pool,
        "SELECT x.proposal_id, n.id, n.name FROM proposal_neighbourhoods x \
           JOIN neighbourhoods n ON n.id = x.neighbourhood_id",
        ids,
    )
    .await
}

/// (proposal id, organisation id, name) of the given proposals' partners.
pub async fn partners_of(pool: &AnyPool, ids: &[i64]) -> Result<Vec<(i64, i64, String)>, DbError> {
    links(
        pool,
        "SELECT x.proposal_id, o.id, o.name FROM proposal_partners x \
           JOIN organisations o ON o.id = x.organisation_id",
        ids,
    )
    .await
}

async fn links(
    pool: &AnyPool,
    select: &str,
    ids: &[i64],
) -> Result<Vec<(i64, i64, String)>, DbError> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "{select} WHERE x.proposal_id IN ({}) ORDER BY 3",
        placeholders(ids.len())
    );
    let mut query = sqlx::query_as(&sql);
    for id in ids {
        query = query.bind(*id);
    }
    Ok(query.fetch_all(pool).await?)
}

/// The committees an account sits on today (in person or through an organisation).
const MY_COMMITTEES: &str = "SELECT m.committee_id FROM memberships m \
       LEFT JOIN people pe ON pe.id = m.person_id \
       LEFT JOIN organisation_representatives r ON r.organisation_id = m.organisation_id \
     WHERE (pe.user_id = $1 OR r.user_id = $1) AND m.since <= $3 \
       AND (m.until IS NULL OR m.until >= $3)";

/// Who is looking at the list.
pub struct Viewer<'a> {
    pub user_id: i64,
    pub staff: bool,
    pub today: &'a str,
}

/// The list's filters; empty text or `None` means any.
#[derive(Default)]
pub struct ProposalFilter<'a> {
    pub status: &'a str,
    pub dimension: &'a str,
    pub neighbourhood_id: Option<i64>,
    pub committee_id: Option<i64>,
    pub organisation_id: Option<i64>,
    /// Only proposals waiting for a decision since before this time.
    pub waiting_since_before: Option<i64>,
    /// Folded search text.
    pub text: &'a str,
}

/// Whose proposals a viewer sees: their organisations' (drafts too); beyond drafts, those
/// before their committees, those their organisations are partners in, and for officials all.
const VISIBLE: &str =
    "(p.organisation_id IN (SELECT organisation_id FROM organisation_representatives \
                                   WHERE user_id = $1) \
       OR (p.status <> 'draft' AND ($2 = 1 \
           OR p.committee_id IN (MY_COMMITTEES) \
           OR p.id IN (SELECT pp.proposal_id FROM proposal_partners pp \
                         JOIN organisation_representatives rr \
                           ON rr.organisation_id = pp.organisation_id WHERE rr.user_id = $1))))";

const FILTER: &str = "($4 = '' OR p.status = $4) AND ($5 = '' OR p.dimension = $5) \
       AND ($6 < 0 OR p.id IN (SELECT proposal_id FROM proposal_neighbourhoods \
                               WHERE neighbourhood_id = $6)) \
       AND ($7 < 0 OR p.committee_id = $7) AND ($8 < 0 OR p.organisation_id = $8) \
       AND ($9 < 0 OR (p.status IN ('submitted', 'in_review', 'recommended') \
                       AND p.status_since < $9)) \
       AND ($10 = '' OR p.search_text LIKE $10 ESCAPE '\\')";

/// How the list is ordered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProposalOrder {
    /// Those waiting for a decision first, longest waiting first; then the rest, oldest
    /// change first.
    Waiting,
    Newest,
    Title,
}

fn where_clause() -> String {
    format!(
        "WHERE {} AND {FILTER}",
        VISIBLE.replace("MY_COMMITTEES", MY_COMMITTEES)
    )
}

/// One page of the proposals a viewer may see, and how many there are in all.
pub async fn page(
    pool: &AnyPool,
    viewer: &Viewer<'_>,
    filter: &ProposalFilter<'_>,
    order: ProposalOrder,
    limit: i64,
    offset: i64,
) -> Result<(Vec<ProposalRow>, i64), DbError> {
    let order_by = match order {
        ProposalOrder::Waiting => {
            "CASE WHEN p.status IN ('submitted', 'in_review', 'recommended') THEN 0 ELSE 1 END, \
             p.status_since ASC, p.id ASC"
        }
        ProposalOrder::Newest => "p.created_at DESC, p.id DESC",
        ProposalOrder::Title => "p.title ASC, p.id ASC",
    };
    let clause = where_clause();
    let like = if filter.text.is_empty() {
        String::new()
    } else {
        crate::domain::normalize::like_pattern(filter.text)
    };
    macro_rules! bind_all {
        ($q:expr) => {
            $q.bind(viewer.user_id)
                .bind(i64::from(viewer.staff))
                .bind(viewer.today)
                .bind(filter.status)
                .bind(filter.dimension)
                .bind(filter.neighbourhood_id.unwrap_or(-1))
                .bind(filter.committee_id.unwrap_or(-1))
                .bind(filter.organisation_id.unwrap_or(-1))
                .bind(filter.waiting_since_before.unwrap_or(-1))
                .bind(like.as_str())
        };
    }
    let total: i64 = bind_all!(sqlx::query_scalar(&format!(
        "SELECT COUNT(*) FROM proposals p {clause}"
    )))
    .fetch_one(pool)
    .await?;
    let sql = format!("{SELECT} {clause} ORDER BY {order_by} LIMIT $11 OFFSET $12");
    let rows = bind_all!(sqlx::query_as(&sql))
        .bind(limit)
        .bind(offset)
        .fetch_all(pool)
        .await?;
    Ok((rows, total))
}

/// Whether this viewer may see the proposal (the same rule as the list).
pub async fn is_visible(pool: &AnyPool, viewer: &Viewer<'_>, id: i64) -> Result<bool, DbError> {
    let sql = format!(
        "SELECT COUNT(*) FROM proposals p WHERE p.id = $4 AND {}",
        VISIBLE.replace("MY_COMMITTEES", MY_COMMITTEES)
    );
    let n: i64 = sqlx::query_scalar(&sql)
        .bind(viewer.user_id)
        .bind(i64::from(viewer.staff))
        .bind(viewer.today)
        .bind(id)
        .fetch_one(pool)
        .await?;
    Ok(n > 0)
}

/// The committee proposals of a dimension go to by default: its oldest active committee.
pub async fn committee_of_dimension(
    pool: &AnyPool,
    dimension: &str,
) -> Result<Option<i64>, DbError> {
    Ok(sqlx::query_scalar(
        "SELECT id FROM committees WHERE dimension = $1 AND status = 'active' ORDER BY id LIMIT 1",
    )
    .bind(dimension)
    .fetch_optional(pool)
    .await?)
}

/// Sets a proposal's times (the demo loader spreads its history over past months).
pub async fn set_times(
    conn: &mut AnyConnection,
    id: i64,
    created_at: i64,
    status_since: i64,
    submitted_at: Option<i64>,
) -> Result<(), DbError> {
    sqlx::query(
        "UPDATE proposals SET created_at = $1, status_since = $2, updated_at = $2, \
           submitted_at = $3, decided_at = CASE WHEN decided_at IS NULL THEN NULL ELSE $2 END \
         WHERE id = $4",
    )
    .bind(created_at)
    .bind(status_since)
    .bind(submitted_at)
    .bind(id)
    .execute(conn)
    .await?;
    Ok(())
}
