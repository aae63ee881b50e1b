//! Turning mentioned usernames into accounts that may read where they were mentioned.
use super::{placeholders, DbError};
use sqlx::AnyPool;

/// The enabled accounts among `names` that may see the proposal (the proposer's
/// representatives, its committee's members, its partners, staff): mentioning someone who
/// could not open the link tells them nothing and would leak the title.
pub async fn proposal_readers_named(
    pool: &AnyPool,
    proposal_id: i64,
    names: &[String],
    today: &str,
) -> Result<Vec<i64>, DbError> {
    if names.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "SELECT u.id FROM users u, proposals p \
         WHERE p.id = $P AND u.disabled_at IS NULL AND u.username IN ({}) \
           AND (u.id IN (SELECT user_id FROM organisation_representatives \
                         WHERE organisation_id = p.organisation_id) \
             OR (p.status <> 'draft' AND (u.role IN ('official', 'admin') \
               OR u.id IN (SELECT rr.user_id FROM proposal_partners pp \
                             JOIN organisation_representatives rr \
                               ON rr.organisation_id = pp.organisation_id \
                           WHERE pp.proposal_id = p.id) \
               OR u.id IN (SELECT pe.user_id FROM memberships m \
                             JOIN people pe ON pe.id = m.person_id \
                           WHERE m.committee_id = p.committee_id AND pe.user_id IS NOT NULL \
                             AND m.since <= $T AND (m.until IS NULL OR m.until >= $T)) \
               OR u.id IN (SELECT r.user_id FROM memberships m \
                             JOIN organisation_representatives r \
                               ON r.organisation_id = m.organisation_id \
                           WHERE m.committee_id = p.committee_id \
                             AND m.since <= $T AND (m.until IS NULL OR m.until >= $T))))) \
         ORDER BY u.id",
        placeholders(names.len())
    )
    .replace("$P", &format!("${}", names.len() + 1))
    .replace("$T", &format!("${}", names.len() + 2));
    let mut query = sqlx::query_scalar(&sql);
    for name in names {
        query = query.bind(name);
    }
    Ok(query.bind(proposal_id).bind(today).fetch_all(pool).await?)
}

/// The enabled accounts among `names` that may open the committee's boards: those holding a
/// seat today (in person or through their organisation), and staff.
pub async fn board_members_named(
    pool: &AnyPool,
    committee_id: i64,
    names: &[String],
    today: &str,
) -> Result<Vec<i64>, DbError> {
    if names.is_empty() {
        return Ok(Vec::new());
    }
    let (c, t) = (names.len() + 1, names.len() + 2);
    let sql = format!(
        "SELECT u.id FROM users u \
         WHERE u.disabled_at IS NULL AND u.username IN ({}) \
           AND (u.role IN ('official', 'admin') \
             OR u.id IN (SELECT pe.user_id FROM memberships m JOIN people pe ON pe.id = m.person_id \
                         WHERE m.committee_id = ${c} AND pe.user_id IS NOT NULL \
                           AND m.since <= ${t} AND (m.until IS NULL OR m.until >= ${t})) \
             OR u.id IN (SELECT r.user_id FROM memberships m \
                           JOIN organisation_representatives r ON r.organisation_id = m.organisation_id \
                         WHERE m.committee_id = ${c} \
                           AND m.since <= ${t} AND (m.until IS NULL OR m.until >= ${t}))) \
         ORDER BY u.id",
        placeholders(names.len())
    );
    let mut query = sqlx::query_scalar(&sql);
    for name in names {
        query = query.bind(name);
    }
    Ok(query.bind(committee_id).bind(today).fetch_all(pool).await?)
}
