//! Campaigns and local actions on both databases: officials start campaigns; a centre
//! publishes an action only with goals and closes it with what was achieved; the campaign's
//! figures follow; and every refusal on the way.
#![cfg(feature = "ssr")]

use crate::common;
mod guests;
mod pairings;
mod photos;
mod reports;
mod scores;
use app::api::AppError;
use app::domain::action_rules::{ActionState, Measure};
use app::domain::codes::OrgStatus;
use app::domain::permissions::Actor;
use app::domain::roles::Role;
use app::domain::validation::FieldIssue;
use app::server::actions::campaigns::{self, CampaignInput};
use app::server::actions::closing::{close, ClosingInput};
use app::server::actions::publish::{form_options, publish, ActionInput};
use app::server::actions::{detail, page_of};
use app::server::centres::forms::{create, CentreInput};
use app::server::db::local_actions::ActionsOf;
use app::server::db::test_support::fresh_databases;
use app::server::db::Db;

const HOSTILE: &str = "<script>alert(1)</script> & \"quotes\"";

#[tokio::test]
async fn actions_on_every_database() {
    for (backend, db) in fresh_databases().await {
        let people = story(&db).await;
        guests::story(&db, &people).await;
        scores::story(&db, &people).await;
        reports::story(&db, &people).await;
        pairings::story(&db, &people).await;
        photos::story(&db, &people).await;
        eprintln!("actions passed on {backend}");
        db.close().await;
    }
}

fn campaign(name: &str, starts: &str, ends: &str) -> CampaignInput {
    CampaignInput {
        name: name.into(),
        starts_on: starts.into(),
        ends_on: ends.into(),
        goals: "Iftar gatherings and health screening in every centre.".into(),
        drive: String::new(),
    }
}

fn action(host: &str, campaign: i64, held_on: &str, targets: &[&str]) -> ActionInput {
    ActionInput {
        title: HOSTILE.into(),
        kind: "gathering".into(),
        host: host.into(),
        neighbourhood: String::new(),
        campaign: campaign.to_string(),
        held_on: held_on.into(),
        place: "Mosque yard".into(),
        summary: String::new(),
        goal_measures: vec!["participants".into(), "households".into(), "funds".into()],
        goal_targets: targets.iter().map(|t| t.to_string()).collect(),
        goal_labels: vec![String::new(), String::new(), "for the iftar".into()],
    }
}

/// Who and what the later chapters (guests, scores) build on.
pub struct People {
    pub official: Actor,
    pub manager: Actor,
    pub runner: Actor,
    pub stranger: Actor,
    pub centre: i64,
    pub campaign: i64,
    /// Closed, and still open (its day to come).
    pub past: i64,
    pub coming: i64,
}

async fn story(db: &Db) -> People {
    let official = common::account(db, "official", Role::Official).await;
    let runner_rep = common::account(db, "runner", Role::Member).await;
    let manager = common::account(db, "manager", Role::Member).await;
    let stranger = common::account(db, "stranger", Role::Member).await;
    let runner = app::server::directory::organisations::create(
        db,
        Some(runner_rep.id),
        common::org("ngo", "Runner", "22"),
        OrgStatus::Verified,
    )
    .await
    .unwrap();
    let official = common::actor(db, &official).await;
    let runner_actor = common::actor(db, &runner_rep).await;
    let manager = common::actor(db, &manager).await;
    let stranger = common::actor(db, &stranger).await;
    let neighbourhood = common::neighbourhood(db, "Home").await;
    let centre = create(
        db,
        &runner_actor,
        CentreInput {
            name: "Amene centre".into(),
            kind: "neighbourhood_centre".into(),
            neighbourhood: neighbourhood.to_string(),
            organisation: runner.to_string(),
            manager: "manager".into(),
            ..CentreInput::default()
        },
    )
    .await
    .unwrap();

    // Campaigns: officials only, with a name, a period and goals.
    let wide = campaign("Ramadan", "1404/01/01", "1420/12/29");
    assert!(matches!(
        campaigns::create(db, &stranger, &wide).await,
        Err(AppError::Forbidden)
    ));
    let nameless = campaign(" ", "1404/01/01", "1420/12/29");
    assert_eq!(
        common::issue(campaigns::create(db, &official, &nameless).await, "name"),
        FieldIssue::Required
    );
    let backwards = campaign("Backwards", "1404/05/01", "1404/04/01");
    assert_eq!(
        common::issue(
            campaigns::create(db, &official, &backwards).await,
            "ends_on"
        ),
        FieldIssue::EndsBeforeStart
    );
    let open_ended = campaign("Open", "1404/05/01", "");
    assert_eq!(
        common::issue(
            campaigns::create(db, &official, &open_ended).await,
            "ends_on"
        ),
        FieldIssue::Required
    );
    let no_drive = CampaignInput {
        drive: "999".into(),
        ..wide.clone()
    };
    assert_eq!(
        common::issue(campaigns::create(db, &official, &no_drive).await, "drive"),
        FieldIssue::InvalidChoice
    );
    let ramadan = campaigns::create(db, &official, &wide).await.unwrap();
    let old = campaigns::create(db, &official, &campaign("Old", "1403/01/01", "1403/02/01"))
        .await
        .unwrap();

    // Publishing: those who run a centre or an organisation, never without goals.
    assert!(matches!(
        form_options(db, &stranger).await,
        Err(AppError::Forbidden)
    ));
    let options = form_options(db, &manager).await.unwrap();
    assert_eq!(options.centres.len(), 1);
    assert!(options.organisations.is_empty());
    assert_eq!(
        options.campaigns.iter().map(|c| c.id).collect::<Vec<_>>(),
        vec![ramadan],
        "an ended campaign takes no new actions"
    );
    let host = format!("centre:{centre}");
    let no_goals = action(&host, ramadan, "1404/06/01", &["", " ", ""]);
    assert_eq!(
        common::issue(publish(db, &manager, &no_goals).await, "goals"),
        FieldIssue::Required
    );
    let outside = action(&host, ramadan, "1403/06/01", &["100"]);
    assert_eq!(
        common::issue(publish(db, &manager, &outside).await, "held_on"),
        FieldIssue::OutsideCampaign
    );
    let ended = action(&host, old, "1403/01/15", &["100"]);
    assert_eq!(
        common::issue(publish(db, &manager, &ended).await, "campaign"),
        FieldIssue::InvalidChoice
    );
    let not_theirs = action(
        &format!("organisation:{runner}"),
        ramadan,
        "1404/06/01",
        &["100"],
    );
    assert_eq!(
        common::issue(publish(db, &manager, &not_theirs).await, "host"),
        FieldIssue::InvalidChoice
    );
    let held = action(
        &host,
        ramadan,
        "\u{6f1}\u{6f4}\u{6f0}\u{6f4}/\u{6f0}\u{6f6}/\u{6f0}\u{6f1}",
        &["100", "\u{6f3}\u{6f0}", "5,000,000"],
    );
    let past = publish(db, &manager, &held).await.unwrap();
    let coming = publish(
        db,
        &runner_actor,
        &action(&host, ramadan, "1419/01/01", &["50"]),
    )
    .await
    .unwrap();

    // The page: public; those who run it may close it once its day has come.
    let seen = detail(db, None, past).await.unwrap();
    assert_eq!(seen.card.title, HOSTILE, "text is stored as typed");
    assert_eq!(
        seen.card.neighbourhood.id, neighbourhood,
        "the centre's own neighbourhood"
    );
    assert_eq!(seen.card.organisation.id, runner);
    assert!(!seen.may_manage && !seen.may_close);
    assert_eq!(seen.targets.len(), 3);
    assert_eq!(seen.targets[1].target, 30);
    assert_eq!(seen.targets[2].measure, Measure::Funds);
    assert!(seen.card.overdue, "past its day and not closed");
    assert!(detail(db, Some(&manager), past).await.unwrap().may_close);
    assert!(!detail(db, Some(&manager), coming).await.unwrap().may_close);
    assert!(!detail(db, Some(&stranger), past).await.unwrap().may_manage);

    // Closing: every target's achieved value, attendance and an account.
    let ids: Vec<String> = seen.targets.iter().map(|t| t.id.to_string()).collect();
    let closing = |achieved: &[&str], attendance: &str, account: &str| ClosingInput {
        target_ids: ids.clone(),
        achieved: achieved.iter().map(|a| a.to_string()).collect(),
        attendance: attendance.into(),
        account: account.into(),
    };
    let account = "Ninety neighbours came; the clinic screened thirty of them.";
    let full = closing(&["120", "20", "5000000"], "\u{6f9}\u{6f0}", account);
    assert!(matches!(
        close(db, &stranger, past, &full).await,
        Err(AppError::Forbidden)
    ));
    assert!(matches!(
        close(db, &manager, 999_999, &full).await,
        Err(AppError::NotFound)
    ));
    let missing = closing(&["120", "", "0"], "90", account);
    let field = format!("achieved_{}", seen.targets[1].id);
    assert_eq!(
        common::issue(close(db, &manager, past, &missing).await, &field),
        FieldIssue::Required
    );
    assert_eq!(
        common::issue(
            close(
                db,
                &manager,
                past,
                &closing(&["1", "2", "3"], "90", "short")
            )
            .await,
            "account"
        ),
        FieldIssue::TooShort(20)
    );
    assert_eq!(
        common::issue(
            close(db, &manager, past, &closing(&["1", "2", "3"], "", account)).await,
            "attendance"
        ),
        FieldIssue::Required
    );
    assert!(matches!(
        close(db, &manager, coming, &full).await,
        Err(AppError::NotNow)
    ));
    close(db, &manager, past, &full).await.unwrap();
    assert!(matches!(
        close(db, &runner_actor, past, &full).await,
        Err(AppError::NotNow)
    ));
    let closed = detail(db, None, past).await.unwrap();
    assert_eq!(closed.card.state, ActionState::Closed);
    assert_eq!(closed.card.attendance, Some(90));
    assert_eq!(closed.account, account);
    assert!(!closed.card.overdue);
    let achieved: Vec<_> = closed.targets.iter().map(|t| t.achieved).collect();
    assert_eq!(achieved, vec![Some(120), Some(20), Some(5_000_000)]);

    // The campaign adds its actions up; the centre and neighbourhood list them, latest first.
    let page = campaigns::detail(db, None, ramadan, 1).await.unwrap();
    assert_eq!(page.figures.actions, 2);
    assert_eq!(page.figures.closed, 1);
    assert_eq!(page.figures.centres, 1);
    assert_eq!(page.figures.reached, 90);
    assert_eq!(
        (page.figures.targets_met, page.figures.targets_recorded),
        (2, 3)
    );
    assert_eq!(
        page.actions.iter().map(|a| a.id).collect::<Vec<_>>(),
        vec![coming, past]
    );
    assert!(!page.may_manage);
    assert!(!page.may_publish, "visitors publish nothing");
    let seen_by = |who| campaigns::detail(db, Some(who), ramadan, 1);
    assert!(seen_by(&manager).await.unwrap().may_publish);
    assert!(
        !seen_by(&stranger).await.unwrap().may_publish,
        "runs no centre or organisation"
    );
    let ended = campaigns::detail(db, Some(&manager), old, 1).await.unwrap();
    assert!(!ended.may_publish, "the campaign has ended");
    let past_the_end = campaigns::detail(db, None, ramadan, 99).await.unwrap();
    assert_eq!((past_the_end.page, past_the_end.actions.len()), (1, 2));
    assert!(matches!(
        campaigns::detail(db, None, 999_999, 1).await,
        Err(AppError::NotFound)
    ));
    let (listed, total) = page_of(db, ActionsOf::Centre(centre), 1).await.unwrap();
    assert_eq!((listed.len(), total), (2, 2));
    let (listed, _) = page_of(db, ActionsOf::Neighbourhood(neighbourhood), 1)
        .await
        .unwrap();
    assert_eq!(listed[1].id, past);
    let list = campaigns::list(db, Some(&official)).await.unwrap();
    assert!(list.may_add);
    let row = list.campaigns.iter().find(|c| c.id == ramadan).unwrap();
    assert_eq!((row.actions, row.closed, row.centres), (2, 1, 1));
    assert!(!campaigns::list(db, None).await.unwrap().may_add);
    People {
        official,
        manager,
        runner: runner_actor,
        stranger,
        centre,
        campaign: ramadan,
        past,
        coming,
    }
}
