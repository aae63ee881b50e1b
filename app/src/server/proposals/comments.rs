//! The discussion on a proposal: those who may see a submitted proposal (its committee,
//! officials, the proposer, partners) may write; the proposer hears about others' comments,
//! and whoever is `@mentioned` (and may read the proposal) is told so.
use super::notify::{self, ProposalEvent};
use super::{status_of, visible};
use crate::api::AppError;
use crate::domain::directory_rules::required_text;
use crate::domain::mentions::mentioned;
use crate::domain::permissions::Actor;
use crate::domain::proposal_flow::ProposalStatus;
use crate::server::db::{mentions, notifications, proposal_moves, Db, DbError};
use crate::server::{now_ms, today_iso};
use tracing::instrument;

pub const COMMENT_MAX: u32 = 4000;

#[instrument(skip_all)]
pub async fn add_comment(db: &Db, actor: &Actor, id: i64, body: &str) -> Result<i64, AppError> {
    let row = visible(db, Some(actor), id).await?;
    if status_of(&row) == ProposalStatus::Draft {
        return Err(AppError::Forbidden);
    }
    let body =
        required_text(body, COMMENT_MAX).map_err(|issue| AppError::invalid("body", issue))?;
    let now = now_ms();
    let mut to_tell = notifications::representatives(db.read(), row.organisation_id).await?;
    if let Some(c) = row.committee_id {
        to_tell.extend(notify::committee_leads(db, c).await?);
    }
    let named =
        mentions::proposal_readers_named(db.read(), id, &mentioned(&body), &today_iso()).await?;
    // Someone both mentioned and otherwise told hears it once, as a mention.
    to_tell.retain(|user| !named.contains(user));
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    let comment = proposal_moves::insert_comment(&mut tx, id, actor.user_id, &body, now).await?;
    let event = ProposalEvent {
        proposal_id: id,
        title: &row.title,
        kind: "proposal_comment",
        detail: "",
        note: "",
        actor_id: actor.user_id,
        now,
    };
    notify::send(&mut tx, &to_tell, &event).await?;
    let mention = ProposalEvent {
        kind: "mention",
        ..event
    };
    notify::send(&mut tx, &named, &mention).await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(comment)
}
