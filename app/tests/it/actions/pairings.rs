//! Pairings: an official introduces a large charity to a smaller one (verified, two different
//! ones, every field checked), both organisations' pages list it, it is marked completed once,
//! a period's report carries it; and every refusal on the way.
use super::People;
use crate::common;
use app::api::AppError;
use app::domain::codes::OrgStatus;
use app::domain::pairing_rules::PairingState;
use app::domain::report_rules::Period;
use app::domain::validation::FieldIssue;
use app::server::actions::detail;
use app::server::db::Db;
use app::server::directory::organisations::create;
use app::server::pairings::{end, introduce, of_organisation, page, PairingInput};
use app::server::reports::{draft, Scope};

fn input(mentor: i64, mentee: i64) -> PairingInput {
    PairingInput {
        mentor: mentor.to_string(),
        mentee: mentee.to_string(),
        offered: "<b>Training</b> in bookkeeping".into(),
        goals: "Two proposals accepted by the committee".into(),
        starts_on: "1404/07/01".into(),
    }
}

pub async fn story(db: &Db, p: &People) {
    let runner = detail(db, None, p.past).await.unwrap().card.organisation.id;
    let small = create(
        db,
        None,
        common::org("ngo", "Small one", "31"),
        OrgStatus::Verified,
    )
    .await
    .unwrap();
    let pending = create(
        db,
        None,
        common::org("ngo", "Pending one", "32"),
        OrgStatus::Pending,
    )
    .await
    .unwrap();

    for who in [&p.stranger, &p.manager, &p.runner] {
        assert!(matches!(
            introduce(db, who, &input(runner, small)).await,
            Err(AppError::Forbidden)
        ));
    }
    let o = &p.official;
    assert_eq!(
        common::issue(introduce(db, o, &input(runner, runner)).await, "mentee"),
        FieldIssue::MentorsItself
    );
    assert_eq!(
        common::issue(introduce(db, o, &input(runner, pending)).await, "mentee"),
        FieldIssue::InvalidChoice
    );
    assert_eq!(
        common::issue(introduce(db, o, &input(999_999, small)).await, "mentor"),
        FieldIssue::InvalidChoice
    );
    let empty = PairingInput::default();
    match introduce(db, o, &empty).await {
        Err(AppError::Invalid(errors)) => {
            for field in ["mentor", "mentee", "offered", "goals", "starts_on"] {
                assert_eq!(errors.get(field), Some(FieldIssue::Required), "{field}");
            }
        }
        other => panic!("expected refusals, got {other:?}"),
    }
    let id = introduce(db, o, &input(runner, small)).await.unwrap();

    // Listed for everyone, and on both organisations' pages.
    let listed = page(db, None, 1).await.unwrap();
    assert_eq!(listed.total, 1);
    assert!(!listed.may_manage && listed.organisations.is_empty());
    let shown = &listed.pairings[0];
    assert_eq!((shown.mentor.id, shown.mentee.id), (runner, small));
    assert_eq!(shown.offered, "<b>Training</b> in bookkeeping");
    assert_eq!(shown.state, PairingState::Active);
    assert!(page(db, Some(o), 1).await.unwrap().may_manage);
    assert_eq!(of_organisation(db, runner).await.unwrap().len(), 1);
    assert_eq!(of_organisation(db, small).await.unwrap().len(), 1);
    assert!(of_organisation(db, pending).await.unwrap().is_empty());

    // A report of the year it started in carries it.
    let year = draft(db, o, Scope::Period(Period::Year(1404)))
        .await
        .unwrap();
    assert_eq!(year.pairings.len(), 1);
    assert_eq!(year.pairings[0].state, "active");
    let before = draft(db, o, Scope::Period(Period::Year(1403)))
        .await
        .unwrap();
    assert!(before.pairings.is_empty());

    // Ending: officials only, a known end, how it went; once.
    assert!(matches!(
        end(db, &p.runner, id, "completed", "Done").await,
        Err(AppError::Forbidden)
    ));
    assert_eq!(
        common::issue(end(db, o, id, "paused", "Done").await, "state"),
        FieldIssue::InvalidChoice
    );
    assert_eq!(
        common::issue(end(db, o, id, "active", "Done").await, "state"),
        FieldIssue::InvalidChoice
    );
    assert_eq!(
        common::issue(end(db, o, id, "completed", "  ").await, "outcome"),
        FieldIssue::Required
    );
    assert!(matches!(
        end(db, o, 999_999, "completed", "Done").await,
        Err(AppError::NotFound)
    ));
    end(db, o, id, "completed", "Both proposals were accepted.")
        .await
        .unwrap();
    assert!(matches!(
        end(db, o, id, "ended", "Again").await,
        Err(AppError::NotNow)
    ));
    let after = &of_organisation(db, small).await.unwrap()[0];
    assert_eq!(after.state, PairingState::Completed);
    assert!(after.ended_on.is_some());
    assert_eq!(after.outcome, "Both proposals were accepted.");
}
