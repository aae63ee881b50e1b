//! Who hears about a proposal's events: the proposing organisation's representatives always;
//! the committee's chair and secretary when one reaches them; officials when one is
//! recommended to them.
use crate::server::db::notifications::{self, NewNotification};
use crate::server::db::{Db, DbError};
use crate::server::today_iso;
use sqlx::AnyConnection;

/// Accounts behind the chair and secretary seats of a committee today.
pub async fn committee_leads(db: &Db, committee_id: i64) -> Result<Vec<i64>, DbError> {
    let today = today_iso();
    Ok(sqlx::query_scalar(
        "SELECT pe.user_id FROM memberships m JOIN people pe ON pe.id = m.person_id \
         WHERE m.committee_id = $1 AND m.role IN ('chair', 'secretary') AND pe.user_id IS NOT NULL \
           AND m.since <= $2 AND (m.until IS NULL OR m.until >= $2) \
         UNION \
         SELECT r.user_id FROM memberships m \
           JOIN organisation_representatives r ON r.organisation_id = m.organisation_id \
         WHERE m.committee_id = $1 AND m.role IN ('chair', 'secretary') \
           AND m.since <= $2 AND (m.until IS NULL OR m.until >= $2)",
    )
    .bind(committee_id)
    .bind(today)
    .fetch_all(db.read())
    .await?)
}

/// Every enabled official account.
pub async fn officials(db: &Db) -> Result<Vec<i64>, DbError> {
    Ok(sqlx::query_scalar(
        "SELECT id FROM users WHERE role = 'official' AND disabled_at IS NULL ORDER BY id",
    )
    .fetch_all(db.read())
    .await?)
}

pub struct ProposalEvent<'a> {
    pub proposal_id: i64,
    pub title: &'a str,
    pub kind: &'a str,
    pub detail: &'a str,
    /// Words the actor gave (a revision request's reason), told with the event.
    pub note: &'a str,
    pub actor_id: i64,
    pub now: i64,
}

/// Writes one notification per account (inside the caller's transaction).
pub async fn send(
    conn: &mut AnyConnection,
    to: &[i64],
    event: &ProposalEvent<'_>,
) -> Result<(), DbError> {
    let mut to = to.to_vec();
    to.sort_unstable();
    to.dedup();
    let link = format!("/proposals/{}", event.proposal_id);
    let n = NewNotification {
        kind: event.kind,
        subject: event.title,
        detail: event.detail,
        note: event.note,
        link: &link,
        actor_id: Some(event.actor_id),
        now: event.now,
    };
    notifications::notify(conn, &to, &n).await
}
