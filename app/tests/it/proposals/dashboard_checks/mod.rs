//! The officials' dashboard and the work's exports, checked against the state the proposals
//! story leaves behind (one proposal approved and its project completed, one project straight
//! from a committee decision, still planned).
use app::api::AppError;
use app::domain::permissions::Actor;
use app::domain::project_rules::{ProjectStatus, StalledRule};
use app::domain::proposal_flow::ProposalStatus;
use app::i18n::Locale;
use app::server::dashboard::overview;
use app::server::db::Db;
use app::server::export_table::Kind;
use app::server::projects::export::{follow_up_table, projects_table};
use app::server::proposals::export;
use app::server::proposals::listing::{list, ListQuery};

fn count<T: PartialEq>(rows: &[(T, i64)], key: T) -> i64 {
    rows.iter().find(|(k, _)| *k == key).map_or(0, |(_, n)| *n)
}

/// The dashboard counts a stalled project while it is stalled.
pub async fn counts_stalled(db: &Db, official: &Actor, rule: StalledRule, expected: i64) {
    let d = overview(db, Some(official), rule).await.unwrap();
    assert_eq!((d.stalled, d.running), (expected, 1));
}

pub async fn after_the_story(db: &Db, official: &Actor, ngo: &Actor, place: i64) {
    let rule = StalledRule::default();
    assert_eq!(
        overview(db, None, rule).await,
        Err(AppError::SignInRequired)
    );
    assert_eq!(
        overview(db, Some(ngo), rule).await,
        Err(AppError::Forbidden)
    );
    let d = overview(db, Some(official), rule).await.unwrap();

    // Drafts are not counted; every other proposal is, once.
    assert!(d
        .proposals_by_status
        .iter()
        .all(|(s, _)| *s != ProposalStatus::Draft));
    let seen = list(db, Some(official), ListQuery::default())
        .await
        .unwrap();
    let counted: i64 = d.proposals_by_status.iter().map(|(_, n)| n).sum();
    assert_eq!(counted, seen.total);
    assert_eq!(
        d.proposals_by_dimension.iter().map(|(_, n)| n).sum::<i64>(),
        counted
    );
    assert_eq!(count(&d.proposals_by_status, ProposalStatus::Approved), 1);
    assert_eq!(d.decided, 1);
    assert_eq!(
        d.median_days_to_decision,
        Some(0),
        "decided the day it came in"
    );

    assert_eq!(count(&d.projects_by_status, ProjectStatus::Completed), 1);
    assert_eq!(count(&d.projects_by_status, ProjectStatus::Planned), 1);
    assert_eq!(
        (d.completed, d.started, d.completion_rate),
        (1, 1, Some(100))
    );
    assert_eq!((d.stalled, d.running), (0, 0));
    assert_eq!(d.projects_by_neighbourhood.len(), 1);
    assert_eq!(d.projects_by_neighbourhood[0].0.id, place);

    // The exports hold the same rows, each as wide as its header.
    let proposals = export::table(db, official, Locale::en).await.unwrap();
    assert_eq!(proposals.rows.len() as i64, seen.total);
    let projects = projects_table(db, Locale::fa, rule).await.unwrap();
    assert_eq!(projects.rows.len(), 2);
    let follow_up = follow_up_table(db, official, Locale::en, rule)
        .await
        .unwrap();
    assert!(follow_up.rows.is_empty());
    for table in [&proposals, &projects, &follow_up] {
        assert!(table.rows.iter().all(|r| r.len() == table.columns.len()));
    }
    assert!(projects
        .columns
        .iter()
        .any(|c| c.kind == Kind::Percent
            && (c.header.contains("پیشرفت") || c.header.contains("درصد"))));
    assert_eq!(
        follow_up_table(db, ngo, Locale::en, rule).await.err(),
        Some(AppError::Forbidden)
    );
}
