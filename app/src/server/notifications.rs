//! The notification centre: a person's own notifications, and marking them read.
use crate::api::AppError;
use crate::domain::permissions::Actor;
use crate::model::notifications::{NotificationEntry, NotificationPage, NOTIFICATIONS_PER_PAGE};
use crate::server::db::{notifications as store, Db, DbError};
use crate::server::now_ms;
use tracing::instrument;

#[instrument(skip_all)]
pub async fn page(db: &Db, actor: &Actor, page: i64) -> Result<NotificationPage, AppError> {
    let page = crate::domain::paging::page_number(page);
    let (rows, total) = store::page(
        db.read(),
        actor.user_id,
        NOTIFICATIONS_PER_PAGE,
        (page - 1) * NOTIFICATIONS_PER_PAGE,
    )
    .await?;
    let unread = store::unread_count(db.read(), actor.user_id).await?;
    Ok(NotificationPage {
        rows: rows
            .into_iter()
            .map(|n| NotificationEntry {
                id: n.id,
                kind: n.kind,
                subject: n.subject,
                detail: n.detail,
                note: n.note,
                link: n.link,
                actor: n.actor,
                at_ms: n.created_at,
                unread: n.read_at.is_none(),
            })
            .collect(),
        total,
        unread,
        page,
        pages: crate::domain::paging::page_count(total, NOTIFICATIONS_PER_PAGE),
    })
}

/// Marks one of the caller's notifications read (`None`: all of them). Someone else's
/// notification is simply not touched.
#[instrument(skip_all)]
pub async fn mark_read(db: &Db, actor: &Actor, id: Option<i64>) -> Result<u64, AppError> {
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    let n = store::mark_read(&mut tx, actor.user_id, id, now_ms()).await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(n)
}

pub async fn unread(db: &Db, actor: &Actor) -> Result<i64, AppError> {
    Ok(store::unread_count(db.read(), actor.user_id).await?)
}
