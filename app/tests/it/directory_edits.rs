//! Editing the directory: committees (and dissolving them), ending seats, working groups, with
//! their refusals and the version check, on SQLite and PostgreSQL.
#![cfg(feature = "ssr")]

use crate::common;

use app::api::AppError;
use app::domain::roles::Role;
use app::domain::validation::FieldIssue;
use app::server::db::test_support::fresh_databases;
use app::server::db::Db;
use app::server::directory::capacity_forms::{self as capacities, CapacityInput};
use app::server::directory::committees::{self, CommitteeInput};
use app::server::directory::memberships;
use app::server::directory::neighbourhood_forms::{self as places, NeighbourhoodInput};
use app::server::directory::neighbourhoods;
use app::server::directory::organisation_forms;
use app::server::directory::organisations;
use app::server::directory::working_group_forms::{self as groups, WorkingGroupInput};
use common::{account, actor, issue, org, seat};

#[tokio::test]
async fn directory_edits_on_every_database() {
    for (backend, db) in fresh_databases().await {
        edits(&db).await;
        profiles(&db).await;
        people(&db).await;
        eprintln!("directory edits passed on {backend}");
        db.close().await;
    }
}

fn named(name: &str, status: &str) -> (CommitteeInput, String) {
    let input = CommitteeInput {
        name: name.into(),
        dimension: "economic".into(),
        mandate: "اشتغال".into(),
    };
    (input, status.into())
}

async fn edits(db: &Db) {
    let official = actor(db, &account(db, "official", Role::Official).await).await;
    let rep_user = account(db, "rep", Role::Member).await;
    let outsider = actor(db, &account(db, "outsider", Role::Member).await).await;
    let (input, _) = named("کمیته اقتصادی", "active");
    let committee = committees::create(db, &official, input).await.unwrap();
    let version = committees::detail(db, None, committee)
        .await
        .unwrap()
        .version;

    // Only officials edit a committee; a bad status is a field issue.
    let (input, status) = named("کمیته اقتصادی و اشتغال", "active");
    assert_eq!(
        committees::update(db, &outsider, committee, version, input, &status).await,
        Err(AppError::Forbidden)
    );
    let (input, status) = named("کمیته اقتصادی و اشتغال", "asleep");
    assert_eq!(
        issue(
            committees::update(db, &official, committee, version, input, &status).await,
            "status"
        ),
        FieldIssue::InvalidChoice
    );
    let (input, status) = named("کمیته اقتصادی و اشتغال", "dissolved");
    committees::update(db, &official, committee, version, input, &status)
        .await
        .unwrap();
    let saved = committees::detail(db, Some(&official), committee)
        .await
        .unwrap();
    assert_eq!(saved.name, "کمیته اقتصادی و اشتغال");
    assert_eq!(saved.status.as_str(), "dissolved");
    assert_eq!(saved.version, version + 1);
    assert!(saved
        .history
        .unwrap()
        .iter()
        .any(|h| h.action == "committee.update"));

    // A second editor who started from the old version is told, and learns the new one.
    let (input, status) = named("نام دیگر", "active");
    match committees::update(db, &official, committee, version, input, &status).await {
        Err(AppError::Invalid(errors)) => {
            assert_eq!(errors.get("version"), Some(FieldIssue::ChangedMeanwhile));
            assert_eq!(
                errors.kept("version"),
                Some((version + 1).to_string().as_str())
            );
        }
        other => panic!("expected a refusal for a stale version, got {other:?}"),
    }
    assert_eq!(
        committees::detail(db, None, committee).await.unwrap().name,
        "کمیته اقتصادی و اشتغال"
    );

    // A verified NGO chairs; its seat ends on a chosen day and becomes history.
    let rep = actor(db, &rep_user).await;
    let ngo = organisations::register(db, &rep, org("ngo", "انجمن کار", "۷۷"))
        .await
        .unwrap();
    organisations::decide(db, &official, ngo, true, "")
        .await
        .unwrap();
    let chair = memberships::add_membership(
        db,
        &official,
        seat(committee, Some(ngo), None, "chair", "1403/01/01", ""),
    )
    .await
    .unwrap();
    assert_eq!(
        memberships::end_membership(db, &outsider, chair, "").await,
        Err(AppError::Forbidden)
    );
    assert_eq!(
        memberships::end_membership(db, &official, 999_999, "").await,
        Err(AppError::NotFound)
    );
    assert_eq!(
        issue(
            memberships::end_membership(db, &official, chair, "۱۴۰۲/۱۲/۲۹").await,
            "until"
        ),
        FieldIssue::EndsBeforeStart
    );
    assert_eq!(
        issue(
            memberships::end_membership(db, &official, chair, "1403/13/01").await,
            "until"
        ),
        FieldIssue::InvalidDate
    );

    // The chair (through the NGO) edits the committee's working groups; an outsider may not.
    let rep = actor(db, &rep_user).await;
    let group = |name: &str, places: Vec<i64>, seats: Vec<i64>| WorkingGroupInput {
        committee_id: committee,
        name: name.into(),
        kind: "regional".into(),
        description: "".into(),
        neighbourhood_ids: places,
        membership_ids: seats,
    };
    let wg = groups::create(db, &rep, group("کارگروه بازارچه", vec![], vec![chair]))
        .await
        .unwrap();
    let form = groups::form(db, &rep, None, Some(wg)).await.unwrap();
    let edit = form.group.unwrap();
    assert_eq!(edit.membership_ids, vec![chair]);
    assert_eq!(form.committee.id, committee);
    assert_eq!(
        groups::form(db, &outsider, None, Some(wg))
            .await
            .unwrap_err(),
        AppError::Forbidden
    );
    assert_eq!(
        groups::update(
            db,
            &outsider,
            wg,
            edit.version,
            group("x y z", vec![], vec![])
        )
        .await,
        Err(AppError::Forbidden)
    );
    assert_eq!(
        issue(
            groups::update(
                db,
                &rep,
                wg,
                edit.version,
                group("کارگروه", vec![424_242], vec![])
            )
            .await,
            "neighbourhoods"
        ),
        FieldIssue::InvalidChoice
    );
    groups::update(
        db,
        &rep,
        wg,
        edit.version,
        group("کارگروه بازارچه محلی", vec![], vec![]),
    )
    .await
    .unwrap();
    let saved = app::server::directory::working_groups::detail(db, None, wg)
        .await
        .unwrap();
    assert_eq!(saved.card.name, "کارگروه بازارچه محلی");
    assert!(saved.members.is_empty(), "members removed on save");
    assert_eq!(
        issue(
            groups::update(db, &rep, wg, edit.version, group("دوباره", vec![], vec![])).await,
            "version"
        ),
        FieldIssue::ChangedMeanwhile
    );

    // Ending the chair's seat today: it moves to the past, and cannot be ended again.
    memberships::end_membership(db, &official, chair, "")
        .await
        .unwrap();
    let detail = committees::detail(db, None, committee).await.unwrap();
    let ended = detail
        .current
        .iter()
        .chain(&detail.past)
        .find(|m| m.membership_id == chair)
        .unwrap();
    assert_eq!(
        ended.until.as_deref(),
        Some(app::server::today_iso().as_str())
    );
    assert_eq!(
        issue(
            memberships::end_membership(db, &official, chair, "").await,
            "until"
        ),
        FieldIssue::NotAllowedNow
    );

    // Neighbourhoods: an official corrects the facts and names a facilitation office; the
    // office must be a verified facilitation office, and edits carry the version.
    let office = organisations::create(
        db,
        None,
        org("facilitation", "دفتر تسهیلگری نمونه", "۸۸"),
        app::domain::codes::OrgStatus::Verified,
    )
    .await
    .unwrap();
    let place = |office: &str, population: &str| NeighbourhoodInput {
        name: "شیرآباد".into(),
        city: "سپیدشهر".into(),
        population: population.into(),
        facilitation_office: office.into(),
        ..Default::default()
    };
    let n = places::create(db, &official, place("", "۹۰۰۰"))
        .await
        .unwrap();
    let form = places::form(db, &official, Some(n)).await.unwrap();
    let version = form.values.unwrap().version;
    assert_eq!(
        places::form(db, &outsider, Some(n)).await.unwrap_err(),
        AppError::Forbidden
    );
    assert_eq!(
        places::update(db, &outsider, n, version, place("", "1")).await,
        Err(AppError::Forbidden)
    );
    assert_eq!(
        issue(
            places::update(db, &official, n, version, place(&ngo.to_string(), "1")).await,
            "facilitation_office"
        ),
        FieldIssue::InvalidChoice,
        "an NGO is not a facilitation office"
    );
    assert_eq!(
        issue(
            places::update(db, &official, n, version, place("", "نه هزار")).await,
            "population"
        ),
        FieldIssue::NotANumber
    );
    let office_id = office.to_string();
    places::update(db, &official, n, version, place(&office_id, "۹٬۵۰۰"))
        .await
        .unwrap();
    let saved = neighbourhoods::detail(db, Some(&official), Default::default(), n)
        .await
        .unwrap();
    assert_eq!(saved.card.population, Some(9500));
    assert_eq!(saved.facilitation_office.map(|o| o.id), Some(office));
    assert!(saved.history.unwrap().len() >= 2);
    assert_eq!(
        issue(
            places::update(db, &official, n, version, place("", "1")).await,
            "version"
        ),
        FieldIssue::ChangedMeanwhile
    );
}

/// Organisation profiles and capacities: only the organisation's representatives and
/// officials change them.
async fn profiles(db: &Db) {
    let official = actor(db, &account(db, "official2", Role::Official).await).await;
    let rep_user = account(db, "rep2", Role::Member).await;
    let other_user = account(db, "rep3", Role::Member).await;
    let rep = actor(db, &rep_user).await;
    let ngo = organisations::register(db, &rep, org("ngo", "انجمن یاوران", "۵۰۱"))
        .await
        .unwrap();
    let other = actor(db, &other_user).await;
    let theirs = organisations::register(db, &other, org("ngo", "انجمن دیگر", "۵۰۲"))
        .await
        .unwrap();
    let rep = actor(db, &rep_user).await;
    let other = actor(db, &other_user).await;

    let form = organisation_forms::form(db, &rep, ngo).await.unwrap();
    let version = form.values.version;
    assert_eq!(
        organisation_forms::form(db, &other, ngo).await.unwrap_err(),
        AppError::Forbidden,
        "another NGO's representative"
    );
    let mut edited = org("ngo", "انجمن یاوران محله", "۵۰۱");
    edited.phone = "۰۲۶-۳۴۵۶۷۸۹۰".into();
    assert_eq!(
        organisation_forms::update(db, &other, ngo, version, edited.clone()).await,
        Err(AppError::Forbidden)
    );
    let mut taken = edited.clone();
    taken.registration_no = "502".into();
    assert_eq!(
        issue(
            organisation_forms::update(db, &rep, ngo, version, taken).await,
            "registration_no"
        ),
        FieldIssue::RegistrationTaken
    );
    organisation_forms::update(db, &rep, ngo, version, edited.clone())
        .await
        .unwrap();
    let saved = organisations::detail(db, Some(&rep), ngo).await.unwrap();
    assert_eq!(saved.card.name, "انجمن یاوران محله");
    assert_eq!(
        saved.card.kind.as_str(),
        "ngo",
        "the kind is not part of the profile"
    );
    assert_eq!(
        issue(
            organisation_forms::update(db, &official, ngo, version, edited).await,
            "version"
        ),
        FieldIssue::ChangedMeanwhile
    );

    // Capacities: added, corrected and removed by the representative; refused to others.
    let vans = |quantity: &str, from: &str, until: &str| CapacityInput {
        kind: "vehicle".into(),
        quantity: quantity.into(),
        unit: "دستگاه".into(),
        available_from: from.into(),
        available_until: until.into(),
        ..Default::default()
    };
    assert_eq!(
        capacities::create(db, &other, ngo, vans("2", "", "")).await,
        Err(AppError::Forbidden)
    );
    assert_eq!(
        issue(
            capacities::create(db, &rep, ngo, vans("دو", "", "")).await,
            "quantity"
        ),
        FieldIssue::NotANumber
    );
    assert_eq!(
        issue(
            capacities::create(db, &rep, ngo, vans("2", "1404/05/01", "1404/04/01")).await,
            "available_until"
        ),
        FieldIssue::EndsBeforeStart
    );
    let van = capacities::create(db, &rep, ngo, vans("۲", "1404/01/01", ""))
        .await
        .unwrap();
    assert_eq!(
        capacities::update(db, &other, van, vans("3", "", "")).await,
        Err(AppError::Forbidden)
    );
    assert_eq!(
        capacities::update(db, &rep, van, vans("3", "", "")).await,
        Ok(ngo)
    );
    let listed = organisations::detail(db, Some(&rep), ngo).await.unwrap();
    assert_eq!(listed.capacities.len(), 1);
    assert_eq!(listed.capacities[0].quantity, 3);
    assert_eq!(
        capacities::remove(db, &other, van).await,
        Err(AppError::Forbidden)
    );
    assert_eq!(capacities::remove(db, &official, van).await, Ok(ngo));
    assert!(organisations::detail(db, Some(&rep), ngo)
        .await
        .unwrap()
        .capacities
        .is_empty());
    assert_eq!(
        capacities::remove(db, &official, van).await,
        Err(AppError::NotFound)
    );
    let _ = theirs;

    // Representatives: the first one adds and removes others; they may not.
    use app::server::directory::representatives;
    assert_eq!(
        issue(
            representatives::add(db, &rep, ngo, "nobody-here").await,
            "username"
        ),
        FieldIssue::NoSuchAccount
    );
    assert_eq!(
        representatives::add(db, &other, ngo, "rep2").await,
        Err(AppError::Forbidden),
        "a representative of another organisation"
    );
    representatives::add(db, &rep, ngo, "REP3").await.unwrap();
    assert_eq!(
        issue(
            representatives::add(db, &rep, ngo, "rep3").await,
            "username"
        ),
        FieldIssue::AlreadyListed
    );
    let other = actor(db, &other_user).await;
    assert!(other.organisations.contains(&ngo));
    assert!(organisation_forms::form(db, &other, ngo).await.is_ok());
    assert_eq!(
        representatives::remove(db, &other, ngo, rep_user.id).await,
        Err(AppError::Forbidden),
        "an added representative does not manage the others"
    );
    assert_eq!(
        representatives::remove(db, &rep, ngo, rep_user.id).await,
        Err(AppError::Forbidden),
        "the first representative is removed only by an admin"
    );
    let listed = organisations::detail(db, Some(&rep), ngo)
        .await
        .unwrap()
        .representatives
        .unwrap();
    assert_eq!(listed.len(), 2);
    assert!(organisations::detail(db, Some(&other), ngo)
        .await
        .unwrap()
        .representatives
        .is_none());
    representatives::remove(db, &rep, ngo, other_user.id)
        .await
        .unwrap();
    let other = actor(db, &other_user).await;
    assert!(!other.organisations.contains(&ngo));
}

/// People: officials add experts, link an account once, and edit with the version check.
async fn people(db: &Db) {
    use app::server::directory::people_forms::{self, PersonInput};
    let official = actor(db, &account(db, "official3", Role::Official).await).await;
    let member = actor(db, &account(db, "member3", Role::Member).await).await;
    let expert = |username: &str, organisation: &str| PersonInput {
        name: "دکتر سارا نیکو".into(),
        expertise: "مددکاری اجتماعی".into(),
        phone: "۰۹۱۲۰۰۰۰۰۰۰".into(),
        organisation: organisation.into(),
        username: username.into(),
        ..Default::default()
    };
    assert_eq!(
        people_forms::create(db, &member, expert("", "")).await,
        Err(AppError::Forbidden)
    );
    assert_eq!(
        issue(
            people_forms::create(db, &official, expert("no-such-user", "")).await,
            "username"
        ),
        FieldIssue::NoSuchAccount
    );
    assert_eq!(
        issue(
            people_forms::create(db, &official, expert("", "987654")).await,
            "organisation"
        ),
        FieldIssue::InvalidChoice
    );
    let id = people_forms::create(db, &official, expert("member3", ""))
        .await
        .unwrap();
    assert_eq!(
        issue(
            people_forms::create(db, &official, expert("member3", "")).await,
            "username"
        ),
        FieldIssue::AlreadyListed,
        "an account has one profile"
    );
    let form = people_forms::form(db, &official, Some(id)).await.unwrap();
    let edit = form.values.unwrap();
    assert_eq!(edit.username, "member3");
    let mut changed = expert("", "");
    changed.name = "دکتر سارا نیکوکار".into();
    people_forms::update(db, &official, id, edit.version, changed.clone())
        .await
        .unwrap();
    let shown = app::server::directory::people::detail(db, None, id)
        .await
        .unwrap();
    assert_eq!(shown.name, "دکتر سارا نیکوکار");
    assert!(
        shown.contact.is_none(),
        "visitors never see contact details"
    );
    assert_eq!(
        issue(
            people_forms::update(db, &official, id, edit.version, changed).await,
            "version"
        ),
        FieldIssue::ChangedMeanwhile
    );
}
