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
use crate::server::projects::photos::photo_type;
use crate::server::{internal, now_ms};
use serde_json::json;
use std::path::{Path, PathBuf};
use tracing::instrument;

fn path_of(files_dir: &Path, key: &str) -> PathBuf {
    files_dir.join("action-photos").join(key)
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
    let key = format!("{:032x}", rand::random::<u128>());
    let path = path_of(files_dir, &key);
    if let Some(folder) = path.parent() {
        tokio::fs::create_dir_all(folder).await.map_err(internal)?;
    }
    tokio::fs::write(&path, bytes).await.map_err(internal)?;
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
    match saved {
        Ok(id) => Ok(id),
        Err(error) => {
            // No record, no file: a failed save leaves nothing behind.
            let _ = tokio::fs::remove_file(&path).await;
            Err(error.into())
        }
    }
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
    let _ = tokio::fs::remove_file(path_of(files_dir, &photo.storage_key)).await;
    Ok(row.id)
}

/// A photo's type and bytes (public, like the action).
pub async fn open(db: &Db, files_dir: &Path, photo_id: i64) -> Result<(String, Vec<u8>), AppError> {
    let photo = store::find(db.read(), photo_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let bytes = tokio::fs::read(path_of(files_dir, &photo.storage_key))
        .await
        .map_err(|_| AppError::NotFound)?;
    Ok((photo.content_type, bytes))
}
