//! The volunteer network's operations on both databases: registration's checks, the
//! intermediary's moves and every refusal (another organisation, the volunteer themselves,
//! a stale page), and who sees whose contact details.
#![cfg(feature = "ssr")]

use crate::common;
#[path = "volunteers/merges.rs"]
mod merges;

use app::api::AppError;
use app::domain::availability::Week;
use app::domain::codes::OrgStatus;
use app::domain::roles::Role;
use app::domain::validation::FieldIssue;
use app::domain::volunteer_rules::VolunteerState;
use app::server::db::test_support::fresh_databases;
use app::server::db::Db;
use app::server::directory::organisations::create;
use app::server::volunteers::offer::{update_own, OfferInput};
use app::server::volunteers::registration::{register, VolunteerInput};
use app::server::volunteers::states::make_move;
use app::server::volunteers::{mark_intermediary, mine, rosters, rosters_shown, RosterShown};

/// A change that spoils one field of a good registration.
type Edit = fn(&mut VolunteerInput);

#[tokio::test]
async fn volunteers_on_every_database() {
    for (backend, db) in fresh_databases().await {
        story(&db).await;
        eprintln!("volunteers passed on {backend}");
        db.close().await;
    }
}

fn form(intermediary: i64, role: i64) -> VolunteerInput {
    VolunteerInput {
        full_name: "Zahra <b>Karimi</b>".into(),
        // Persian digits, as a phone keyboard types them.
        national_code: "\u{6f0}\u{6f0}\u{6f1}\u{6f2}\u{6f3}\u{6f4}\u{6f5}\u{6f6}\u{6f7}\u{6f9}"
            .into(),
        intermediary: intermediary.to_string(),
        offer: OfferInput {
            mobile: "09121234567".into(),
            birth_year: "1370".into(),
            gender: String::new(),
            neighbourhood: String::new(),
            roles: vec![role.to_string()],
            availability: vec!["0-0".into(), "2-1".into()],
            skill_names: vec!["First aid".into(), String::new()],
            skill_levels: vec!["expert".into(), "skilled".into()],
        },
        drive: String::new(),
        former_recipient: true,
        consent: true,
        merge: false,
    }
}

async fn story(db: &Db) {
    let official = common::account(db, "official", Role::Official).await;
    let bridge_rep = common::account(db, "bridge", Role::Member).await;
    let other_rep = common::account(db, "other", Role::Member).await;
    let zahra = common::account(db, "zahra", Role::Member).await;
    let reza = common::account(db, "reza", Role::Member).await;
    let bridge = create(
        db,
        Some(bridge_rep.id),
        common::org("ngo", "Bridge", "11"),
        OrgStatus::Verified,
    )
    .await
    .unwrap();
    let other = create(
        db,
        Some(other_rep.id),
        common::org("ngo", "Other", "22"),
        OrgStatus::Verified,
    )
    .await
    .unwrap();
    let official_actor = common::actor(db, &official).await;
    let bridge_actor = common::actor(db, &bridge_rep).await;
    let other_actor = common::actor(db, &other_rep).await;
    let zahra_actor = common::actor(db, &zahra).await;
    let reza_actor = common::actor(db, &reza).await;
    let role = app::server::db::volunteers::roles(db.read()).await.unwrap()[0].id;

    // Only officials mark an intermediary; until then it takes no volunteers.
    assert_eq!(
        common::issue(
            register(db, &zahra_actor, form(bridge, role)).await,
            "intermediary"
        ),
        FieldIssue::InvalidChoice
    );
    assert!(matches!(
        mark_intermediary(db, &bridge_actor, bridge, true).await,
        Err(AppError::Forbidden)
    ));
    mark_intermediary(db, &official_actor, bridge, true)
        .await
        .unwrap();

    // Each check answers beside its field.
    let bad = |f: fn(&mut VolunteerInput)| {
        let mut input = form(bridge, role);
        f(&mut input);
        input
    };
    let cases: [(Edit, &str, FieldIssue); 7] = [
        (
            |i| i.national_code = "0012345678".into(),
            "national_code",
            FieldIssue::NationalCodeFormat,
        ),
        (|i| i.consent = false, "consent", FieldIssue::Required),
        (|i| i.offer.roles.clear(), "roles", FieldIssue::Required),
        (
            |i| i.offer.roles = vec!["999".into()],
            "roles",
            FieldIssue::InvalidChoice,
        ),
        (
            |i| i.offer.availability = vec!["9-9".into()],
            "availability",
            FieldIssue::InvalidChoice,
        ),
        (
            |i| i.drive = "NO-SUCH-DRIVE".into(),
            "drive",
            FieldIssue::InvalidChoice,
        ),
        (
            |i| i.offer.mobile = "12345".into(),
            "mobile",
            FieldIssue::MobileFormat,
        ),
    ];
    for (change, field, expected) in cases {
        let result = register(db, &zahra_actor, bad(change)).await;
        assert_eq!(common::issue(result, field), expected, "{field}");
    }

    // Registered; once per account, once per national code.
    let id = register(db, &zahra_actor, form(bridge, role))
        .await
        .unwrap()
        .unwrap();
    assert!(matches!(
        register(db, &zahra_actor, form(bridge, role)).await,
        Err(AppError::NotNow)
    ));
    assert_eq!(
        common::issue(
            register(db, &reza_actor, form(bridge, role)).await,
            "national_code"
        ),
        FieldIssue::NationalCodeTaken
    );
    let own = mine(db, &zahra_actor).await.unwrap().unwrap();
    assert_eq!(own.state, VolunteerState::Applied);
    assert_eq!(own.national_code.as_deref(), Some("0012345679"));
    assert_eq!(own.name, "Zahra <b>Karimi</b>");
    assert_eq!(own.private_note.as_deref(), Some("former_recipient"));
    assert_eq!(
        own.skills,
        vec![("First aid".to_string(), "expert".to_string())]
    );
    assert_eq!(own.days_waiting, Some(0));
    assert!(mine(db, &reza_actor).await.unwrap().is_none());

    // She keeps her own offer up to date: any digits, her week and skills replaced; a page
    // read before that save is refused beside its version (with the current one); a bad
    // number beside the number; someone without a profile has nothing to change.
    let mut change = form(bridge, role).offer;
    change.mobile =
        "\u{6f0}\u{6f9}\u{6f1}\u{6f2}\u{6f1}\u{6f2}\u{6f3}\u{6f4}\u{6f5}\u{6f6}\u{6f7}".into();
    change.birth_year = "1372".into();
    change.availability = vec!["4-2".into()];
    change.skill_names = vec!["Sign language".into()];
    change.skill_levels = vec!["beginner".into()];
    update_own(db, &zahra_actor, own.version, change.clone())
        .await
        .unwrap();
    let changed = mine(db, &zahra_actor).await.unwrap().unwrap();
    assert_eq!(changed.mobile.as_deref(), Some("09121234567"));
    assert_eq!(changed.birth_year, 1372);
    assert_eq!(changed.availability, Week::from_values(["4-2"].into_iter()));
    assert_eq!(
        changed.skills,
        vec![("Sign language".to_string(), "beginner".to_string())]
    );
    assert_eq!(changed.version, own.version + 1);
    assert_eq!(
        changed.name, own.name,
        "her name is her intermediary's to change"
    );
    let stale = update_own(db, &zahra_actor, own.version, change.clone()).await;
    assert_eq!(
        stale
            .as_ref()
            .err()
            .and_then(|e| e.form())
            .and_then(|f| f.kept("version")),
        Some(changed.version.to_string().as_str())
    );
    assert_eq!(
        common::issue(stale, "version"),
        FieldIssue::ChangedMeanwhile
    );
    // A skill twice (however spelled), a name without its level, a cell not of the week.
    let mut twice = change.clone();
    twice.skill_names = vec!["Sign language".into(), "sign  language".into()];
    twice.skill_levels = vec!["beginner".into(), "expert".into()];
    let refused = update_own(db, &zahra_actor, changed.version, twice).await;
    assert_eq!(common::issue(refused, "skills"), FieldIssue::AlreadyListed);
    let mut unlevelled = change.clone();
    unlevelled.skill_names = vec!["Cooking".into(), "Sewing".into()];
    unlevelled.skill_levels = vec!["expert".into()];
    let refused = update_own(db, &zahra_actor, changed.version, unlevelled).await;
    assert_eq!(common::issue(refused, "skills"), FieldIssue::InvalidChoice);
    let mut stray = change.clone();
    stray.availability = vec!["1-0".into(), "9-9".into()];
    let refused = update_own(db, &zahra_actor, changed.version, stray).await;
    assert_eq!(
        common::issue(refused, "availability"),
        FieldIssue::InvalidChoice
    );
    let mut bad = change.clone();
    bad.mobile = "12345".into();
    assert_eq!(
        common::issue(
            update_own(db, &zahra_actor, changed.version, bad).await,
            "mobile"
        ),
        FieldIssue::MobileFormat
    );
    assert!(matches!(
        update_own(db, &reza_actor, 1, change).await,
        Err(AppError::NotFound)
    ));
    // What follows moves her from the version her edit left.
    let own = mine(db, &zahra_actor).await.unwrap().unwrap();

    // The intermediary sees her, with her contact; another organisation sees no roster.
    let bridge_actor = common::actor(db, &bridge_rep).await;
    let list = rosters(db, &bridge_actor).await.unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].applied[0].mobile.as_deref(), Some("09121234567"));
    // One state at a time, with every state's count.
    let one_state = |page: i64, query: &str| RosterShown {
        query: query.to_string(),
        state: Some(VolunteerState::Applied),
        page,
    };
    let applied = rosters_shown(db, &bridge_actor, &one_state(1, ""))
        .await
        .unwrap();
    assert_eq!(applied[0].applied.len(), 1);
    assert!(applied[0].active.is_empty());
    assert_eq!(
        applied[0].totals,
        vec![
            (VolunteerState::Applied, 1),
            (VolunteerState::Verified, 0),
            (VolunteerState::Active, 0),
            (VolunteerState::Inactive, 0)
        ]
    );
    assert_eq!((applied[0].page, applied[0].pages), (1, 1));
    let beyond = rosters_shown(db, &bridge_actor, &one_state(2, ""))
        .await
        .unwrap();
    assert!(beyond[0].applied.is_empty());
    // Found by name, letters folded; a name of no one of theirs finds nobody.
    let found = rosters_shown(db, &bridge_actor, &one_state(1, "KARIMI"))
        .await
        .unwrap();
    assert_eq!(found[0].applied.len(), 1);
    let none = rosters_shown(db, &bridge_actor, &one_state(1, "Rostami"))
        .await
        .unwrap();
    assert!(none[0].applied.is_empty());
    assert!(none[0].totals.iter().all(|(_, n)| *n == 0));
    assert!(rosters(db, &other_actor).await.unwrap().is_empty());
    assert!(rosters(db, &official_actor).await.unwrap().is_empty());

    // Refusals: a stranger, the volunteer verifying herself, a move out of turn.
    assert!(matches!(
        make_move(db, &other_actor, id, own.version, "verify", "").await,
        Err(AppError::NotFound)
    ));
    assert!(matches!(
        make_move(db, &official_actor, id, own.version, "verify", "").await,
        Err(AppError::NotFound)
    ));
    assert!(matches!(
        make_move(db, &zahra_actor, id, own.version, "verify", "").await,
        Err(AppError::Forbidden)
    ));
    assert!(matches!(
        make_move(db, &bridge_actor, id, own.version, "activate", "").await,
        Err(AppError::NotNow)
    ));
    assert!(matches!(
        make_move(db, &bridge_actor, id, own.version, "promote", "").await,
        Err(AppError::BadRequest)
    ));
    assert!(matches!(
        make_move(db, &bridge_actor, 9_999, 1, "verify", "").await,
        Err(AppError::NotFound)
    ));

    // The intermediary's moves; a stale page is refused; stopping needs a reason.
    let to = make_move(db, &bridge_actor, id, own.version, "verify", "")
        .await
        .unwrap();
    assert_eq!(to, VolunteerState::Verified);
    assert!(matches!(
        make_move(db, &bridge_actor, id, own.version, "activate", "").await,
        Err(AppError::Conflict)
    ));
    let to = make_move(db, &bridge_actor, id, own.version + 1, "activate", "")
        .await
        .unwrap();
    assert_eq!(to, VolunteerState::Active);
    assert_eq!(
        common::issue(
            make_move(db, &zahra_actor, id, own.version + 2, "deactivate", "  ").await,
            "reason"
        ),
        FieldIssue::Required
    );
    let to = make_move(db, &zahra_actor, id, own.version + 2, "deactivate", "Exams")
        .await
        .unwrap();
    assert_eq!(to, VolunteerState::Inactive);
    let own = mine(db, &zahra_actor).await.unwrap().unwrap();
    assert_eq!(
        (own.state, own.state_reason.as_str()),
        (VolunteerState::Inactive, "Exams")
    );
    assert_eq!(own.days_waiting, None);
    // Only the intermediary brings her back.
    assert!(matches!(
        make_move(db, &zahra_actor, id, own.version, "activate", "").await,
        Err(AppError::Forbidden)
    ));

    // The organisation's page: figures for anyone, the switch for officials.
    let page = app::server::directory::organisations::detail(db, None, bridge)
        .await
        .unwrap();
    assert!(page.is_intermediary && !page.may_mark_intermediary);
    assert_eq!(page.volunteers_by_state, vec![("inactive".to_string(), 1)]);
    let page = app::server::directory::organisations::detail(db, Some(&official_actor), other)
        .await
        .unwrap();
    assert!(!page.is_intermediary && page.may_mark_intermediary);

    merges::story(
        db,
        merges::Cast {
            intermediary: &bridge_actor,
            other: &other_actor,
            official: &official_actor,
            holder: &zahra_actor,
            newcomer: &reza_actor,
            bridge,
            role,
        },
    )
    .await;
}
