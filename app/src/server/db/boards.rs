//! Board cards: what a board shows (one query for the cards, one each for their places and
//! assignees), adding cards, and versioned writes that refuse a stale version.
use super::DbError;
use sqlx::{AnyConnection, AnyPool};

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct CardRow {
    pub id: i64,
    pub working_group_id: i64,
    pub kind: String,
    pub proposal_id: Option<i64>,
    pub project_id: Option<i64>,
    pub title: String,
    pub description: String,
    pub proposal_status: Option<String>,
    pub project_status: Option<String>,
    pub lane: Option<String>,
    pub position: f64,
    pub due_on: Option<String>,
    pub organisation: String,
    /// The lead agency of its project, else the proposing organisation.
    pub organisation_id: Option<i64>,
    pub comments: i64,
    pub version: i64,
}

/// A proposal's card follows it into its project: the project is found through the proposal
/// until the card is linked to it directly.
const SELECT: &str = "SELECT c.id, c.working_group_id, c.kind, p.id AS proposal_id, \
       j.id AS project_id, COALESCE(j.title, p.title, c.title) AS title, c.description, \
       p.status AS proposal_status, j.status AS project_status, c.lane, c.position, \
       COALESCE(c.due_on, j.planned_end) AS due_on, \
       COALESCE(lo.name, po.name, '') AS organisation, \
       COALESCE(j.lead_organisation_id, p.organisation_id) AS organisation_id, \
       (SELECT COUNT(*) FROM board_card_comments k WHERE k.card_id = c.id) AS comments, \
       c.version \
     FROM board_cards c \
       LEFT JOIN proposals p ON p.id = c.proposal_id \
       LEFT JOIN projects j ON j.id = c.project_id \
         OR (c.project_id IS NULL AND j.proposal_id = c.proposal_id) \
       LEFT JOIN organisations po ON po.id = p.organisation_id \
       LEFT JOIN organisations lo ON lo.id = j.lead_organisation_id";

/// Every card of a board, in board order.
pub async fn cards(pool: &AnyPool, working_group_id: i64) -> Result<Vec<CardRow>, DbError> {
    let sql = format!("{SELECT} WHERE c.working_group_id = $1 ORDER BY c.position, c.id");
    Ok(sqlx::query_as(&sql)
        .bind(working_group_id)
        .fetch_all(pool)
        .await?)
}

pub async fn card(pool: &AnyPool, id: i64) -> Result<Option<CardRow>, DbError> {
    let sql = format!("{SELECT} WHERE c.id = $1");
    Ok(sqlx::query_as(&sql).bind(id).fetch_optional(pool).await?)
}

/// (card, neighbourhood id, name) for every card of a board, through its proposal or project.
pub async fn places(
    pool: &AnyPool,
    working_group_id: i64,
) -> Result<Vec<(i64, i64, String)>, DbError> {
    Ok(sqlx::query_as(
        "SELECT c.id, n.id, n.name FROM board_cards c \
           JOIN proposal_neighbourhoods pn ON pn.proposal_id = c.proposal_id \
           JOIN neighbourhoods n ON n.id = pn.neighbourhood_id \
         WHERE c.working_group_id = $1 \
         UNION \
         SELECT c.id, n.id, n.name FROM board_cards c \
           JOIN project_neighbourhoods jn ON jn.project_id = c.project_id \
           JOIN neighbourhoods n ON n.id = jn.neighbourhood_id \
         WHERE c.working_group_id = $1 \
         ORDER BY 1, 3",
    )
    .bind(working_group_id)
    .fetch_all(pool)
    .await?)
}

/// (card, user id, display name) for every assignee on a board.
pub async fn assignees(
    pool: &AnyPool,
    working_group_id: i64,
) -> Result<Vec<(i64, i64, String)>, DbError> {
    Ok(sqlx::query_as(
        "SELECT a.card_id, u.id, u.display_name FROM board_card_assignees a \
           JOIN board_cards c ON c.id = a.card_id JOIN users u ON u.id = a.user_id \
         WHERE c.working_group_id = $1 ORDER BY a.card_id, u.display_name",
    )
    .bind(working_group_id)
    .fetch_all(pool)
    .await?)
}

/// The position after every card of the board: where a new or moved card lands, at the end
/// of its column.
pub async fn end_position(conn: &mut AnyConnection, working_group_id: i64) -> Result<f64, DbError> {
    let last: Option<f64> =
        sqlx::query_scalar("SELECT MAX(position) FROM board_cards WHERE working_group_id = $1")
            .bind(working_group_id)
            .fetch_one(&mut *conn)
            .await?;
    Ok(crate::domain::board_rules::position_between(last, None))
}

pub struct NewCard<'a> {
    pub working_group_id: i64,
    pub kind: &'a str,
    pub proposal_id: Option<i64>,
    pub project_id: Option<i64>,
    pub title: &'a str,
    pub description: &'a str,
    pub lane: Option<&'a str>,
    pub due_on: Option<&'a str>,
    pub created_by: i64,
    pub now: i64,
}

pub async fn insert(conn: &mut AnyConnection, c: NewCard<'_>) -> Result<i64, DbError> {
    let position = end_position(&mut *conn, c.working_group_id).await?;
    Ok(sqlx::query_scalar(
        "INSERT INTO board_cards (working_group_id, kind, proposal_id, project_id, title, \
           description, lane, position, due_on, created_by, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11) RETURNING id",
    )
    .bind(c.working_group_id)
    .bind(c.kind)
    .bind(c.proposal_id)
    .bind(c.project_id)
    .bind(c.title)
    .bind(c.description)
    .bind(c.lane)
    .bind(position)
    .bind(c.due_on)
    .bind(c.created_by)
    .bind(c.now)
    .fetch_one(conn)
    .await?)
}

/// Moves a card (a task's lane, when given) to `position`, if it is still at `version`.
/// Returns whether it was; `false` means someone else changed it first.
pub async fn place(
    conn: &mut AnyConnection,
    id: i64,
    version: i64,
    lane: Option<&str>,
    position: f64,
    now: i64,
) -> Result<bool, DbError> {
    let done = sqlx::query(
        "UPDATE board_cards SET lane = COALESCE($3, lane), position = $4, updated_at = $5, \
           version = version + 1 \
         WHERE id = $1 AND version = $2",
    )
    .bind(id)
    .bind(version)
    .bind(lane)
    .bind(position)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

pub struct CardEdit<'a> {
    pub id: i64,
    pub version: i64,
    pub title: &'a str,
    pub description: &'a str,
    pub due_on: Option<&'a str>,
    pub now: i64,
}

/// A card's text and due day, if it is still at `version` (see [`place`]).
pub async fn edit(conn: &mut AnyConnection, e: CardEdit<'_>) -> Result<bool, DbError> {
    let done = sqlx::query(
        "UPDATE board_cards SET title = $3, description = $4, due_on = $5, updated_at = $6, \
           version = version + 1 \
         WHERE id = $1 AND version = $2",
    )
    .bind(e.id)
    .bind(e.version)
    .bind(e.title)
    .bind(e.description)
    .bind(e.due_on)
    .bind(e.now)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// The positions of the given cards of one board, to drop a card between two of them.
pub async fn positions(
    conn: &mut AnyConnection,
    working_group_id: i64,
    ids: &[i64],
) -> Result<Vec<(i64, f64)>, DbError> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "SELECT id, position FROM board_cards WHERE working_group_id = ${} AND id IN ({})",
        ids.len() + 1,
        super::placeholders(ids.len())
    );
    let mut query = sqlx::query_as(&sql);
    for id in ids {
        query = query.bind(id);
    }
    Ok(query.bind(working_group_id).fetch_all(conn).await?)
}

/// Numbers a board's cards afresh (1, 2, 3 … in their current order) when two neighbours
/// have come too close to put anything between them.
pub async fn renumber(conn: &mut AnyConnection, working_group_id: i64) -> Result<(), DbError> {
    let ids: Vec<i64> = sqlx::query_scalar(
        "SELECT id FROM board_cards WHERE working_group_id = $1 ORDER BY position, id",
    )
    .bind(working_group_id)
    .fetch_all(&mut *conn)
    .await?;
    for (i, id) in ids.iter().enumerate() {
        sqlx::query("UPDATE board_cards SET position = $1 WHERE id = $2")
            .bind(i as f64 + 1.0)
            .bind(id)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

/// Replaces a card's assignees.
pub async fn set_assignees(
    conn: &mut AnyConnection,
    card_id: i64,
    users: &[i64],
) -> Result<(), DbError> {
    super::replace_links(
        conn,
        "board_card_assignees",
        "card_id",
        card_id,
        "user_id",
        users,
    )
    .await
}

/// The accounts holding a seat on the committee today (in person or through their
/// organisation), by name: who a card may be assigned to.
pub async fn committee_accounts(
    pool: &AnyPool,
    committee_id: i64,
    today: &str,
) -> Result<Vec<(i64, String)>, DbError> {
    Ok(sqlx::query_as(
        "SELECT u.id, u.display_name FROM users u \
         WHERE u.disabled_at IS NULL AND u.id IN ( \
             SELECT pe.user_id FROM memberships m JOIN people pe ON pe.id = m.person_id \
             WHERE m.committee_id = $1 AND m.since <= $2 AND (m.until IS NULL OR m.until >= $2) \
             UNION \
             SELECT r.user_id FROM memberships m \
               JOIN organisation_representatives r ON r.organisation_id = m.organisation_id \
             WHERE m.committee_id = $1 AND m.since <= $2 AND (m.until IS NULL OR m.until >= $2)) \
         ORDER BY u.display_name, u.id",
    )
    .bind(committee_id)
    .bind(today)
    .fetch_all(pool)
    .await?)
}

/// (proposal id, title) of the committee's proposals past draft that are not on the board.
pub async fn candidates(
    pool: &AnyPool,
    working_group_id: i64,
    committee_id: i64,
) -> Result<Vec<(i64, String)>, DbError> {
    Ok(sqlx::query_as(
        "SELECT p.id, p.title FROM proposals p \
         WHERE p.committee_id = $2 AND p.status <> 'draft' \
           AND p.id NOT IN (SELECT proposal_id FROM board_cards \
                            WHERE working_group_id = $1 AND proposal_id IS NOT NULL) \
         ORDER BY p.title, p.id",
    )
    .bind(working_group_id)
    .bind(committee_id)
    .fetch_all(pool)
    .await?)
}

/// The board a proposal goes on when its committee takes it up: the committee's working
/// group that shares one of its neighbourhoods, else the committee's first; none when it is on
/// one of the committee's boards already, or the committee has no working group.
pub async fn board_for_proposal(
    conn: &mut AnyConnection,
    proposal_id: i64,
    committee_id: i64,
) -> Result<Option<i64>, DbError> {
    Ok(sqlx::query_scalar(
        "SELECT w.id FROM working_groups w \
         WHERE w.committee_id = $2 \
           AND NOT EXISTS (SELECT 1 FROM board_cards b \
                             JOIN working_groups bw ON bw.id = b.working_group_id \
                           WHERE b.proposal_id = $1 AND bw.committee_id = $2) \
         ORDER BY CASE WHEN EXISTS (SELECT 1 FROM working_group_neighbourhoods wn \
                                      JOIN proposal_neighbourhoods pn \
                                        ON pn.neighbourhood_id = wn.neighbourhood_id \
                                    WHERE wn.working_group_id = w.id AND pn.proposal_id = $1) \
                       THEN 0 ELSE 1 END, w.id \
         LIMIT 1",
    )
    .bind(proposal_id)
    .bind(committee_id)
    .fetch_optional(&mut *conn)
    .await?)
}

/// The boards a proposal's card (or its project's) is on.
pub async fn boards_of_proposal(pool: &AnyPool, proposal_id: i64) -> Result<Vec<i64>, DbError> {
    Ok(sqlx::query_scalar(
        "SELECT DISTINCT b.working_group_id FROM board_cards b \
         WHERE b.proposal_id = $1 \
            OR b.project_id IN (SELECT id FROM projects WHERE proposal_id = $1)",
    )
    .bind(proposal_id)
    .fetch_all(pool)
    .await?)
}
