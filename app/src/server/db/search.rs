//! Search across the directory, campaigns, local actions and volunteer opportunities: one query per kind over the
//! folded `search_text` columns.
use super::DbError;
use sqlx::AnyPool;

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct HitRow {
    pub id: i64,
    pub title: String,
    pub subtitle: String,
}

/// The kinds searched, each a fixed (select, from-and-where) pair over alias `t`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Committees,
    WorkingGroups,
    Organisations,
    People,
    Neighbourhoods,
    Centres,
    Campaigns,
    Actions,
    Opportunities,
}

impl Kind {
    fn sql(self) -> (&'static str, &'static str) {
        match self {
            Kind::Committees => ("t.name AS title, t.dimension AS subtitle", "committees t"),
            Kind::WorkingGroups => (
                "t.name AS title, c.name AS subtitle",
                "working_groups t JOIN committees c ON c.id = t.committee_id",
            ),
            Kind::Organisations => ("t.name AS title, t.kind AS subtitle", "organisations t"),
            Kind::People => (
                "t.name AS title, COALESCE(o.name, t.affiliation) AS subtitle",
                "people t LEFT JOIN organisations o ON o.id = t.organisation_id",
            ),
            Kind::Neighbourhoods => ("t.name AS title, t.city AS subtitle", "neighbourhoods t"),
            Kind::Centres => (
                "t.name AS title, n.name AS subtitle",
                "centres t JOIN neighbourhoods n ON n.id = t.neighbourhood_id",
            ),
            // The subtitle is the day (ISO), shown in the reader's calendar.
            Kind::Campaigns => ("t.name AS title, t.starts_on AS subtitle", "campaigns t"),
            Kind::Actions => (
                "t.title AS title, n.name AS subtitle",
                "local_actions t JOIN neighbourhoods n ON n.id = t.neighbourhood_id",
            ),
            Kind::Opportunities => (
                "t.title AS title, c.name AS subtitle",
                "opportunities t JOIN centres c ON c.id = t.centre_id",
            ),
        }
    }
}

/// One page of hits of a kind for a LIKE pattern, and their total. Unverified organisations
/// are left out unless `include_unverified`.
pub async fn hits(
    pool: &AnyPool,
    kind: Kind,
    like: &str,
    include_unverified: bool,
    limit: i64,
    offset: i64,
) -> Result<(Vec<HitRow>, i64), DbError> {
    let (select, from) = kind.sql();
    let visible = match kind {
        Kind::Organisations => "AND (t.status = 'verified' OR $2 = 1)",
        // A closed opportunity takes no one any more.
        Kind::Opportunities => "AND t.closed_at IS NULL AND $2 = $2",
        _ => "AND $2 = $2",
    };
    let filter = format!("{from} WHERE t.search_text LIKE $1 ESCAPE '\\' {visible}");
    let sql =
        format!("SELECT t.id, {select} FROM {filter} ORDER BY title, t.id LIMIT $3 OFFSET $4");
    let rows = sqlx::query_as(&sql)
        .bind(like)
        .bind(i64::from(include_unverified))
        .bind(limit)
        .bind(offset)
        .fetch_all(pool)
        .await?;
    let total = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {filter}"))
        .bind(like)
        .bind(i64::from(include_unverified))
        .fetch_one(pool)
        .await?;
    Ok((rows, total))
}
