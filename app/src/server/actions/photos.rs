//! Photos of a local action, evidence beside its account: PNG, JPEG or WebP recognised from
//! their bytes, at most 5 MB and `PHOTOS_MAX` per action, kept in the files folder under a
//! random name. Those who run the action add and remove them; everyone sees them.
use super::manages;
use crate::api::AppError;
use crate::domain::action_rules::PHOTOS_MAX;
use crate::domain::permissions::Actor;
use crate::domain::validation::FieldIssue;
use crate::server::db::action_photos as store;
use crate::server::db::local_actions as actions;
use crate::server::db::{audit, Db, DbError};
use crate::server::now_ms;
use crate::server::projects::photos::photo_type;
use crate::server::stored_files::Folder;
use serde_json::json;
use std::path::Path;
use tracing::instrument;

fn folder(files_dir: &Path) -> Folder {
    Folder::new(files_dir, "action-photos")
}

/// Adds a photo to action `action_id`; returns its id.
#[instrument(skip(db, files_dir, actor, bytes))]
pub async fn attach(
    db: &Db,
    files_dir: &Path,
    actor: &Actor,
    action_id: i64,
    bytes: &[u8],
) -> Result<i64, AppError> {
    let row = actions::find(db.read(), action_id)
        .await?
        .ok_or(AppError::NotFound)?;
    if !manages(Some(actor), &row) {
        return Err(AppError::Forbidden);
    }
    if store::of_action(db.read(), action_id).await?.len() as i64 >= PHOTOS_MAX {
        return Err(AppError::invalid(
            "photo",
            FieldIssue::TooManyFiles(PHOTOS_MAX as u32),
        ));
    }
    let content_type = photo_type(bytes).map_err(|issue| AppError::invalid("photo", issue))?;
    let folder = folder(files_dir);
    let key = folder.keep(bytes).await?;
    let now = now_ms();
    let saved = async {
        let mut tx = db.write().begin().await?;
        let id = store::insert(&mut tx, action_id, &key, content_type, actor.user_id, now).await?;
        let after = json!({ "photo": id, "type": content_type });
        audit::change(
            &mut tx,
            Some(actor.user_id),
            "action.photo",
            "action",
            action_id,
            after,
            now,
        )
        .await?;
        tx.commit().await?;
        Ok::<_, DbError>(id)
    }
    .await;
    folder.settle(&key, saved).await
}

/// Removes a photo (a wrong one, or one a person asked to take down); returns its action.
#[instrument(skip(db, files_dir, actor))]
pub async fn remove(
    db: &Db,
    files_dir: &Path,
    actor: &Actor,
    photo_id: i64,
) -> Result<i64, AppError> {
    let photo = store::find(db.read(), photo_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let row = actions::find(db.read(), photo.action_id)
        .await?
        .ok_or(AppError::NotFound)?;
    if !manages(Some(actor), &row) {
        return Err(AppError::Forbidden);
    }
    let now = now_ms();
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    store::delete(&mut tx, photo_id).await?;
    let after = json!({ "removed_photo": photo_id });
    audit::change(
        &mut tx,
        Some(actor.user_id),
        "action.photo",
        "action",
        row.id,
        after,
        now,
    )
    .await?;
    tx.commit().await.map_err(DbError::from)?;
    folder(files_dir).forget(&photo.storage_key).await;
    Ok(row.id)
}

/// A photo's type and bytes (public, like the action).
pub async fn open(db: &Db, files_dir: &Path, photo_id: i64) -> Result<(String, Vec<u8>), AppError> {
    let photo = store::find(db.read(), photo_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let bytes = folder(files_dir).read(&photo.storage_key).await?;
    Ok((photo.content_type, bytes))
}
