//! An action's photos: those who run it add them (images only, six at most) and remove them;
//! everyone sees them; a report's selected account carries them.
use super::People;
use crate::common;
use app::api::AppError;
use app::domain::action_rules::PHOTOS_MAX;
use app::domain::validation::FieldIssue;
use app::server::actions::detail;
use app::server::actions::photos::{attach, open, remove};
use app::server::db::Db;
use app::server::reports::freeze::select_account;
use app::server::reports::{draft, Scope};

/// The smallest PNG header a reader accepts, claiming `side` × `side` pixels.
fn png(side: u32) -> Vec<u8> {
    let mut bytes = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    bytes.extend(side.to_be_bytes());
    bytes.extend(side.to_be_bytes());
    bytes.extend(b"\x08\x02\0\0\0");
    bytes
}

pub async fn story(db: &Db, p: &People) {
    let files = std::env::temp_dir().join(format!("tavana-photos-{}", rand::random::<u64>()));
    let files = files.as_path();
    let action = p.past;
    assert!(matches!(
        attach(db, files, &p.stranger, action, &png(10)).await,
        Err(AppError::Forbidden)
    ));
    assert!(matches!(
        attach(db, files, &p.manager, 999_999, &png(10)).await,
        Err(AppError::NotFound)
    ));
    assert_eq!(
        common::issue(
            attach(db, files, &p.manager, action, b"<svg onload=alert(1)>").await,
            "photo"
        ),
        FieldIssue::NotAnImage
    );
    let first = attach(db, files, &p.manager, action, &png(10))
        .await
        .unwrap();
    let (content_type, bytes) = open(db, files, first).await.unwrap();
    assert_eq!((content_type.as_str(), bytes), ("image/png", png(10)));
    for _ in 1..PHOTOS_MAX {
        attach(db, files, &p.official, action, &png(12))
            .await
            .unwrap();
    }
    assert_eq!(
        common::issue(
            attach(db, files, &p.manager, action, &png(10)).await,
            "photo"
        ),
        FieldIssue::TooManyFiles(PHOTOS_MAX as u32)
    );
    assert_eq!(
        detail(db, None, action).await.unwrap().photos.len() as i64,
        PHOTOS_MAX
    );

    // Removing: those who run it, once.
    assert!(matches!(
        remove(db, files, &p.stranger, first).await,
        Err(AppError::Forbidden)
    ));
    assert_eq!(remove(db, files, &p.manager, first).await.unwrap(), action);
    assert!(matches!(
        open(db, files, first).await,
        Err(AppError::NotFound)
    ));
    assert!(matches!(
        remove(db, files, &p.manager, first).await,
        Err(AppError::NotFound)
    ));
    let left = detail(db, None, action).await.unwrap().photos;
    assert_eq!(left.len() as i64, PHOTOS_MAX - 1);

    // A selected account goes into a report with its photos.
    select_account(db, &p.official, action, true).await.unwrap();
    let body = draft(db, &p.official, Scope::Campaign(p.campaign))
        .await
        .unwrap();
    let line = body
        .accounts
        .iter()
        .find(|a| a.action.id == action)
        .unwrap();
    assert_eq!(line.photos, left);
    select_account(db, &p.official, action, false)
        .await
        .unwrap();
    let _ = std::fs::remove_dir_all(files);
}
