//! Organisations' logos: a small PNG, JPEG or WebP, recognised from its bytes (never from the
//! name or the browser's claim), changed by the organisation's representatives and officials,
//! and served only where the organisation itself may be seen.
use super::check;
use crate::api::AppError;
use crate::domain::permissions::{may, Action, Actor, Target};
use crate::domain::validation::{FieldIssue, FormErrors};
use crate::server::db::audit;
use crate::server::db::organisations as store;
use crate::server::db::{Db, DbError};
use crate::server::now_ms;
use crate::server::uploads::{recognise, IMAGES};
use serde_json::json;
use tracing::instrument;

/// Largest logo accepted.
pub const LOGO_MAX_BYTES: usize = 300 * 1024;

/// The image type of an upload, from its content: PNG, JPEG or WebP only.
pub fn image_type(bytes: &[u8]) -> Result<&'static str, FieldIssue> {
    recognise(bytes, LOGO_MAX_BYTES, IMAGES, FieldIssue::NotAnImage)
}

/// Sets or replaces an organisation's logo.
#[instrument(skip_all)]
pub async fn set(
    db: &Db,
    actor: &Actor,
    organisation_id: i64,
    bytes: &[u8],
) -> Result<(), AppError> {
    store::find(db.read(), organisation_id)
        .await?
        .ok_or(AppError::NotFound)?;
    check(
        Some(actor),
        Action::EditOrganisation,
        Target::Organisation(organisation_id),
    )?;
    let content_type = image_type(bytes).map_err(|issue| {
        let mut errors = FormErrors::default();
        errors.push("logo", issue);
        AppError::from(errors)
    })?;
    let now = now_ms();
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    store::set_logo(&mut tx, organisation_id, content_type, bytes, now).await?;
    let after = json!({ "logo": content_type, "bytes": bytes.len() });
    record(&mut tx, actor, organisation_id, after, now).await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(())
}

/// Removes an organisation's logo.
#[instrument(skip_all)]
pub async fn remove(db: &Db, actor: &Actor, organisation_id: i64) -> Result<(), AppError> {
    check(
        Some(actor),
        Action::EditOrganisation,
        Target::Organisation(organisation_id),
    )?;
    let now = now_ms();
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    store::remove_logo(&mut tx, organisation_id).await?;
    record(
        &mut tx,
        actor,
        organisation_id,
        json!({ "logo": null }),
        now,
    )
    .await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(())
}

/// The logo to serve, if the caller may see the organisation (unverified ones only to
/// officials and their representatives).
#[instrument(skip_all)]
pub async fn get(
    db: &Db,
    actor: Option<&Actor>,
    organisation_id: i64,
) -> Result<(String, Vec<u8>), AppError> {
    let row = store::find(db.read(), organisation_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let visible = row.status == "verified"
        || may(
            actor,
            Action::ViewUnverified,
            Target::Organisation(organisation_id),
        );
    if !visible {
        return Err(AppError::NotFound);
    }
    store::logo(db.read(), organisation_id)
        .await?
        .ok_or(AppError::NotFound)
}

async fn record(
    conn: &mut sqlx::AnyConnection,
    actor: &Actor,
    organisation_id: i64,
    after: serde_json::Value,
    now: i64,
) -> Result<(), DbError> {
    audit::change(
        conn,
        Some(actor.user_id),
        "organisation.logo",
        "organisation",
        organisation_id,
        after,
        now,
    )
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::server::uploads::samples::{jpeg, png, webp};

    #[test]
    fn images_are_recognised_by_content() {
        assert_eq!(image_type(&png(64, 64)), Ok("image/png"));
        assert_eq!(image_type(&jpeg(64, 64)), Ok("image/jpeg"));
        assert_eq!(image_type(&webp(64, 64)), Ok("image/webp"));
    }

    #[test]
    fn other_files_are_refused_whatever_their_name() {
        assert_eq!(image_type(b"%PDF-1.7 ..."), Err(FieldIssue::NotAnImage));
        assert_eq!(
            image_type(b"<svg xmlns='http://www.w3.org/2000/svg'/>"),
            Err(FieldIssue::NotAnImage)
        );
        assert_eq!(image_type(b"GIF89a......"), Err(FieldIssue::NotAnImage));
        assert_eq!(image_type(b""), Err(FieldIssue::Required));
        let mut big = png(64, 64);
        big.resize(LOGO_MAX_BYTES + 1, 0);
        assert_eq!(image_type(&big), Err(FieldIssue::FileTooLarge(300)));
    }
}
