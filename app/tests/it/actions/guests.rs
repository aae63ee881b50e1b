//! Guests and the problems raised with them: invited and marked by those who run the action;
//! a problem may become a task on a board the caller works on, and nowhere else.
use super::People;
use crate::common;
use app::api::AppError;
use app::domain::action_rules::GuestKind;
use app::domain::validation::FieldIssue;
use app::server::actions::detail;
use app::server::actions::guests::{invite, mark, raise, GuestInput, ProblemInput};
use app::server::db::Db;
use app::server::directory::committees::{self, CommitteeInput};
use app::server::directory::working_group_forms::{self, WorkingGroupInput};

fn guest(name: &str, kind: &str) -> GuestInput {
    GuestInput {
        name: name.into(),
        kind: kind.into(),
        organisation: String::new(),
    }
}

fn problem(text: &str, guest: &str, board: &str) -> ProblemInput {
    ProblemInput {
        problem: text.into(),
        guest: guest.into(),
        board: board.into(),
    }
}

pub async fn story(db: &Db, p: &People) {
    // Inviting: those who run the action, while it is open.
    let mayor = guest("District mayor <b>", "agency");
    assert!(matches!(
        invite(db, &p.stranger, p.coming, &mayor).await,
        Err(AppError::Forbidden)
    ));
    assert!(matches!(
        invite(db, &p.manager, p.past, &mayor).await,
        Err(AppError::NotNow)
    ));
    assert_eq!(
        common::issue(
            invite(db, &p.manager, p.coming, &guest(" ", "agency")).await,
            "guest_name"
        ),
        FieldIssue::Required
    );
    assert_eq!(
        common::issue(
            invite(db, &p.manager, p.coming, &guest("Someone", "king")).await,
            "guest_kind"
        ),
        FieldIssue::InvalidChoice
    );
    let unknown_org = GuestInput {
        organisation: "999999".into(),
        ..guest("Someone", "charity")
    };
    assert_eq!(
        common::issue(
            invite(db, &p.manager, p.coming, &unknown_org).await,
            "guest_organisation"
        ),
        FieldIssue::InvalidChoice
    );
    let mayor_id = invite(db, &p.manager, p.coming, &mayor).await.unwrap();
    let university = invite(
        db,
        &p.runner,
        p.coming,
        &guest("Tehran University", "university"),
    )
    .await
    .unwrap();
    assert!(matches!(
        mark(db, &p.stranger, mayor_id, true).await,
        Err(AppError::Forbidden)
    ));
    assert!(matches!(
        mark(db, &p.manager, 999_999, true).await,
        Err(AppError::NotFound)
    ));
    assert_eq!(
        mark(db, &p.manager, mayor_id, true).await.unwrap(),
        p.coming
    );
    mark(db, &p.manager, university, false).await.unwrap();

    // Problems: a board task only on a board the caller works on.
    let committee = committees::create(
        db,
        &p.official,
        CommitteeInput {
            name: "Social committee".into(),
            dimension: "social".into(),
            mandate: String::new(),
        },
    )
    .await
    .unwrap();
    let group = working_group_forms::create(
        db,
        &p.official,
        WorkingGroupInput {
            committee_id: committee,
            name: "Lighting".into(),
            kind: "thematic".into(),
            description: String::new(),
            neighbourhood_ids: vec![],
            membership_ids: vec![],
        },
    )
    .await
    .unwrap();
    let dark = "The alley behind the school has no street lights.";
    let board = group.to_string();
    assert_eq!(
        common::issue(
            raise(db, &p.manager, p.past, &problem(dark, "", &board)).await,
            "board"
        ),
        FieldIssue::InvalidChoice,
        "the manager sits on no committee"
    );
    assert_eq!(
        common::issue(
            raise(db, &p.manager, p.past, &problem("  ", "", "")).await,
            "problem"
        ),
        FieldIssue::Required
    );
    let other_guest = university.to_string();
    assert_eq!(
        common::issue(
            raise(db, &p.manager, p.past, &problem(dark, &other_guest, "")).await,
            "problem_guest"
        ),
        FieldIssue::InvalidChoice,
        "a guest of another action"
    );
    assert!(matches!(
        raise(db, &p.stranger, p.past, &problem(dark, "", "")).await,
        Err(AppError::Forbidden)
    ));
    raise(
        db,
        &p.manager,
        p.past,
        &problem("Waste collection is late.", "", ""),
    )
    .await
    .unwrap();
    raise(
        db,
        &p.official,
        p.coming,
        &problem(dark, &mayor_id.to_string(), &board),
    )
    .await
    .unwrap();

    let seen = detail(db, None, p.coming).await.unwrap();
    assert_eq!(seen.guests.len(), 2);
    assert_eq!(seen.guests[0].name, "District mayor <b>");
    assert_eq!(seen.guests[0].kind, GuestKind::Agency);
    assert_eq!(seen.guests[0].came, Some(true));
    assert_eq!(seen.guests[1].came, Some(false));
    assert!(
        seen.boards.is_empty() && seen.organisations.is_empty(),
        "choices only for those who run it"
    );
    let raised = &seen.problems[0];
    assert_eq!(raised.guest.as_deref(), Some("District mayor <b>"));
    let task = raised.task.as_ref().expect("a board task follows it up");
    assert_eq!(task.working_group.id, group);
    assert!(!task.done);
    let card = app::server::db::boards::card(db.read(), task.card_id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(card.title, dark);
    assert_eq!(card.lane.as_deref(), Some("todo"));
    let managed = detail(db, Some(&p.official), p.coming).await.unwrap();
    assert!(managed.boards.iter().any(|b| b.id == group));
    assert!(!managed.organisations.is_empty());
    let past = detail(db, None, p.past).await.unwrap();
    assert_eq!(past.problems.len(), 1);
    assert!(past.problems[0].task.is_none());
}
