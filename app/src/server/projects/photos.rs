//! An optional photo on a progress report: PNG, JPEG or WebP recognised from its bytes, at most
//! 5 MB, kept in the files folder under a random name. The organisation that wrote a report
//! (or an official) attaches one to it, or replaces it; like the report itself, it is public.
use super::found;
use crate::api::AppError;
use crate::domain::permissions::{may, Action, Actor, Authorship, Target};
use crate::domain::validation::FieldIssue;
use crate::server::db::project_progress as store;
use crate::server::db::{audit, Db, DbError};
use crate::server::now_ms;
use crate::server::stored_files::Folder;
use crate::server::uploads::{recognise, IMAGES};
use serde_json::json;
use std::path::Path;
use tracing::instrument;

pub const PHOTO_MAX_BYTES: usize = 5 * 1024 * 1024;

/// The image type of an upload, from its content.
pub fn photo_type(bytes: &[u8]) -> Result<&'static str, FieldIssue> {
    recognise(bytes, PHOTO_MAX_BYTES, IMAGES, FieldIssue::NotAnImage)
}

fn folder(files_dir: &Path) -> Folder {
    Folder::new(files_dir, "photos")
}

/// Attaches (or replaces) the photo of report `update_id` on project `project_id`.
#[instrument(skip_all)]
pub async fn attach(
    db: &Db,
    files_dir: &Path,
    actor: &Actor,
    project_id: i64,
    update_id: i64,
    bytes: &[u8],
) -> Result<(), AppError> {
    found(db, project_id).await?;
    let report = store::photo_of(db.read(), update_id)
        .await?
        .ok_or(AppError::NotFound)?;
    if report.project_id != project_id {
        return Err(AppError::NotFound);
    }
    let by = Authorship {
        author_id: report.author_id,
        organisation_id: report.organisation_id,
    };
    // The report's own organisation (the one that reported it), or officials.
    if !may(Some(actor), Action::ChangeChild, Target::Child(by)) {
        return Err(AppError::Forbidden);
    }
    let old_key = report.key;
    let content_type = photo_type(bytes).map_err(|issue| AppError::invalid("photo", issue))?;
    let folder = folder(files_dir);
    let key = folder.keep(bytes).await?;
    let now = now_ms();
    let saved = async {
        let mut tx = db.write().begin().await?;
        store::set_photo(&mut tx, update_id, &key, content_type).await?;
        let after = json!({ "update": update_id, "photo": content_type });
        audit::change(
            &mut tx,
            Some(actor.user_id),
            "project.photo",
            "project",
            project_id,
            after,
            now,
        )
        .await?;
        tx.commit().await?;
        Ok::<_, DbError>(())
    }
    .await;
    folder.settle(&key, saved).await?;
    // The replaced photo's file goes once the new one is recorded.
    if let Some(old) = old_key {
        folder.forget(&old).await;
    }
    Ok(())
}

/// A report's photo: its type and bytes (public, like the report).
#[instrument(skip_all)]
pub async fn open(
    db: &Db,
    files_dir: &Path,
    update_id: i64,
) -> Result<(String, Vec<u8>), AppError> {
    let Some(store::ReportPhoto {
        key: Some(key),
        content_type: Some(content_type),
        ..
    }) = store::photo_of(db.read(), update_id).await?
    else {
        return Err(AppError::NotFound);
    };
    let bytes = folder(files_dir).read(&key).await?;
    Ok((content_type, bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_real_images_within_the_limit() {
        let png = crate::server::uploads::samples::png(800, 600);
        assert_eq!(photo_type(&png), Ok("image/png"));
        assert_eq!(photo_type(b"%PDF-1.4 fake"), Err(FieldIssue::NotAnImage));
        assert_eq!(photo_type(b""), Err(FieldIssue::Required));
        let big = [png.as_slice(), &vec![0u8; PHOTO_MAX_BYTES]].concat();
        assert!(matches!(photo_type(&big), Err(FieldIssue::FileTooLarge(_))));
    }
}
