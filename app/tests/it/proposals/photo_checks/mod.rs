//! A progress report's photo: only the lead and partners attach one, only real images within
//! the limit, and the report shows it.
use app::api::AppError;
use app::domain::permissions::Actor;
use app::domain::project_rules::StalledRule;
use app::domain::validation::FieldIssue;
use app::model::projects::JourneyEvent;
use app::server::db::Db;
use app::server::projects::detail::detail;
use app::server::projects::photos;

const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x02\0\0\0";

fn report_ids(events: &[app::model::projects::JourneyEntry]) -> Vec<(i64, bool)> {
    events
        .iter()
        .filter_map(|e| match e.event {
            JourneyEvent::Update { id, photo, .. } => Some((id, photo)),
            _ => None,
        })
        .collect()
}

pub async fn attach_and_refuse(db: &Db, lead: &Actor, outsider: &Actor, project: i64) {
    let files = std::env::temp_dir().join(format!("tavana-photos-{}", std::process::id()));
    let page = detail(db, None, StalledRule::default(), project)
        .await
        .unwrap();
    let (report, photo) = report_ids(&page.journey)[0];
    assert!(!photo);
    assert_eq!(
        photos::attach(db, &files, outsider, project, report, PNG).await,
        Err(AppError::Forbidden)
    );
    assert!(matches!(
        photos::attach(db, &files, lead, project, report, b"%PDF-1.4 not a photo").await,
        Err(AppError::Invalid(e)) if e.get("photo") == Some(FieldIssue::NotAnImage)
    ));
    // A report of another project is not found through this one.
    assert_eq!(
        photos::attach(db, &files, lead, project + 1000, report, PNG).await,
        Err(AppError::NotFound)
    );
    photos::attach(db, &files, lead, project, report, PNG)
        .await
        .unwrap();
    let page = detail(db, None, StalledRule::default(), project)
        .await
        .unwrap();
    assert_eq!(report_ids(&page.journey)[0], (report, true));
    let (kind, bytes) = photos::open(db, &files, report).await.unwrap();
    assert_eq!((kind.as_str(), bytes.as_slice()), ("image/png", PNG));
    assert_eq!(
        photos::open(db, &files, report + 1000).await,
        Err(AppError::NotFound)
    );
    let _ = std::fs::remove_dir_all(files);
}
