//! The directory's rules and refusals, through the same operations the server functions call,
//! on SQLite and PostgreSQL.
#![cfg(feature = "ssr")]

use app::api::AppError;
use app::domain::codes::OrgStatus;
use app::domain::roles::Role;
use app::domain::validation::FieldIssue;
use app::server::db::people;
use app::server::db::test_support::fresh_databases;
use app::server::db::Db;
use app::server::directory::committees::{self, CommitteeInput};
use app::server::directory::memberships;
use app::server::directory::neighbourhood_forms::{self, NeighbourhoodInput};
use app::server::directory::neighbourhoods;
use app::server::directory::organisations::{self, ListQuery};
use app::server::directory::working_group_forms::{self as working_groups, WorkingGroupInput};
use app::server::directory::{people as people_dir, search};
use app::server::now_ms;

use crate::common;
use common::{account, actor, issue, org, seat};

#[tokio::test]
async fn directory_story_on_every_database() {
    for (backend, db) in fresh_databases().await {
        story(&db).await;
        eprintln!("directory story passed on {backend}");
        db.close().await;
    }
}

async fn story(db: &Db) {
    let official_user = account(db, "official", Role::Official).await;
    let official = actor(db, &official_user).await;
    let rep_user = account(db, "rep", Role::Member).await;
    let outsider_user = account(db, "outsider", Role::Member).await;
    let outsider = actor(db, &outsider_user).await;

    // Committees: officials create them; members may not.
    let input = || CommitteeInput {
        name: "کمیته اجتماعی".into(),
        dimension: "social".into(),
        mandate: "".into(),
    };
    assert_eq!(
        committees::create(db, &outsider, input()).await,
        Err(AppError::Forbidden)
    );
    let committee = committees::create(db, &official, input()).await.unwrap();
    let bad = CommitteeInput {
        name: "x".into(),
        dimension: "cosmic".into(),
        mandate: "".into(),
    };
    assert_eq!(
        issue(committees::create(db, &official, bad).await, "dimension"),
        FieldIssue::InvalidChoice
    );

    // An NGO registers: pending, its representative manages it, the public does not see it.
    let rep = actor(db, &rep_user).await;
    let ngo = organisations::register(db, &rep, org("ngo", "انجمن نمونه", "۱۲۳-۴۵"))
        .await
        .unwrap();
    let rep = actor(db, &rep_user).await;
    assert_eq!(rep.organisations, vec![ngo]);
    assert_eq!(
        organisations::detail(db, None, ngo).await.unwrap_err(),
        AppError::NotFound
    );
    assert_eq!(
        organisations::detail(db, Some(&outsider), ngo)
            .await
            .unwrap_err(),
        AppError::NotFound
    );
    assert!(organisations::detail(db, Some(&rep), ngo).await.is_ok());
    let public = organisations::page(db, None, ListQuery::default())
        .await
        .unwrap();
    assert_eq!(
        public.total, 0,
        "pending organisations are not listed publicly"
    );
    let staff_view = organisations::page(db, Some(&official), ListQuery::default())
        .await
        .unwrap();
    assert_eq!(staff_view.total, 1);

    // Registration numbers are unique per kind, whatever digits were typed.
    let dup = organisations::register(db, &outsider, org("ngo", "انجمن دیگر", "12345")).await;
    assert_eq!(issue(dup, "registration_no"), FieldIssue::RegistrationTaken);
    let agency = organisations::create(
        db,
        None,
        org("agency", "شهرداری", "12345"),
        OrgStatus::Verified,
    )
    .await
    .unwrap();

    // Only verified organisations join committees.
    let pending_seat = memberships::add_membership(
        db,
        &official,
        seat(committee, Some(ngo), None, "member", "1403/01/01", ""),
    )
    .await;
    assert_eq!(issue(pending_seat, "member"), FieldIssue::InvalidChoice);
    // Verification: officials only; a rejection needs a reason.
    assert_eq!(
        organisations::decide(db, &rep, ngo, true, "").await,
        Err(AppError::Forbidden)
    );
    assert!(matches!(
        organisations::decide(db, &official, ngo, false, "").await,
        Err(AppError::Invalid(_))
    ));
    organisations::decide(db, &official, ngo, true, "")
        .await
        .unwrap();
    let verified = organisations::detail(db, None, ngo).await.unwrap();
    assert_eq!(verified.card.status, OrgStatus::Verified);
    assert!(verified.history.is_none(), "visitors do not see the record");
    let record = organisations::detail(db, Some(&official), ngo)
        .await
        .unwrap()
        .history
        .unwrap();
    assert_eq!(record[0].action, "organisation.verify");

    // Seats: one chair at a time; periods must make sense.
    let now = now_ms();
    let mut tx = db.write().begin().await.unwrap();
    let expert = people::insert(
        &mut tx,
        people::NewPerson {
            user_id: None,
            name: "دکتر نمونه",
            organisation_id: None,
            affiliation: "",
            expertise: "",
            phone: "0912",
            email: "expert@example.org",
            search_text: "دکتر نمونه",
            now,
        },
    )
    .await
    .unwrap();
    let outsider_person = people::insert(
        &mut tx,
        people::NewPerson {
            user_id: Some(outsider_user.id),
            name: "outsider",
            organisation_id: None,
            affiliation: "",
            expertise: "",
            phone: "",
            email: "",
            search_text: "outsider",
            now,
        },
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
    let chair = memberships::add_membership(
        db,
        &official,
        seat(committee, Some(ngo), None, "chair", "1403/01/01", ""),
    )
    .await
    .unwrap();
    let second = memberships::add_membership(
        db,
        &official,
        seat(committee, None, Some(expert), "chair", "1403/06/01", ""),
    )
    .await;
    assert_eq!(issue(second, "role"), FieldIssue::SeatTaken);
    memberships::add_membership(
        db,
        &official,
        seat(
            committee,
            None,
            Some(expert),
            "chair",
            "1400/01/01",
            "1402/12/29",
        ),
    )
    .await
    .unwrap();
    let backwards = memberships::add_membership(
        db,
        &official,
        seat(
            committee,
            Some(agency),
            None,
            "member",
            "1403/05/01",
            "1403/04/01",
        ),
    )
    .await;
    assert_eq!(issue(backwards, "until"), FieldIssue::EndsBeforeStart);
    let bad_date = memberships::add_membership(
        db,
        &official,
        seat(committee, Some(agency), None, "member", "1403/13/01", ""),
    )
    .await;
    assert_eq!(issue(bad_date, "since"), FieldIssue::InvalidDate);
    let member_seat = memberships::add_membership(
        db,
        &official,
        seat(committee, Some(agency), None, "member", "۱۴۰۳/۰۱/۰۱", ""),
    )
    .await
    .unwrap();
    assert_eq!(
        memberships::add_membership(
            db,
            &rep,
            seat(committee, Some(agency), None, "member", "1403/01/01", "")
        )
        .await,
        Err(AppError::Forbidden)
    );

    let detail = committees::detail(db, None, committee).await.unwrap();
    assert_eq!(detail.current.len(), 2);
    assert_eq!(
        detail.past.len(),
        1,
        "the earlier chair stays visible as history"
    );
    let cards = committees::cards(
        db,
        None,
        "",
        app::server::db::committees::CommitteeOrder::Name,
    )
    .await
    .unwrap();
    assert_eq!(
        (cards[0].ngos, cards[0].agencies, cards[0].experts),
        (1, 1, 0)
    );
    assert_eq!(cards[0].chair.as_deref(), Some("انجمن نمونه"));

    // The NGO's representative now chairs through their organisation and may edit working
    // groups; an outsider may not. Members come from the committee only.
    let rep = actor(db, &rep_user).await;
    let group = |members: Vec<i64>| WorkingGroupInput {
        committee_id: committee,
        name: "کارگروه کودکان".into(),
        kind: "thematic".into(),
        description: "".into(),
        neighbourhood_ids: vec![],
        membership_ids: members,
    };
    assert_eq!(
        working_groups::create(db, &outsider, group(vec![])).await,
        Err(AppError::Forbidden)
    );
    let wg = working_groups::create(db, &rep, group(vec![chair, member_seat]))
        .await
        .unwrap();
    assert_eq!(
        app::server::directory::working_groups::detail(db, None, wg)
            .await
            .unwrap()
            .members
            .len(),
        2
    );
    assert_eq!(
        issue(
            working_groups::create(db, &rep, group(vec![999_999])).await,
            "members"
        ),
        FieldIssue::InvalidChoice
    );

    // Contact details: only for those sharing a committee, and officials.
    assert!(people_dir::detail(db, None, expert)
        .await
        .unwrap()
        .contact
        .is_none());
    assert!(people_dir::detail(db, Some(&outsider), expert)
        .await
        .unwrap()
        .contact
        .is_none());
    assert!(people_dir::detail(db, Some(&official), expert)
        .await
        .unwrap()
        .contact
        .is_some());
    memberships::add_membership(
        db,
        &official,
        seat(
            committee,
            None,
            Some(outsider_person),
            "observer",
            "1403/01/01",
            "",
        ),
    )
    .await
    .unwrap();
    let now_member = actor(db, &outsider_user).await;
    // The expert's seat has ended, so sharing a committee today needs a current seat.
    assert!(people_dir::detail(db, Some(&now_member), expert)
        .await
        .unwrap()
        .contact
        .is_none());
    let person_of_rep = people_dir::detail(db, Some(&now_member), outsider_person)
        .await
        .unwrap();
    assert!(
        person_of_rep.contact.is_some(),
        "one sees one's own contact details"
    );

    // Neighbourhoods: numbers in any digits; words refused beside the field.
    let mut place = NeighbourhoodInput {
        name: "اسلام‌آباد".into(),
        city: "سپیدشهر".into(),
        population: "many".into(),
        ..Default::default()
    };
    assert_eq!(
        issue(
            neighbourhood_forms::create(db, &official, place.clone()).await,
            "population"
        ),
        FieldIssue::NotANumber
    );
    place.population = "۱۲٬۵۰۰".into();
    place.latitude = "۳۵٫۸".into();
    assert_eq!(
        neighbourhood_forms::create(db, &outsider, place.clone()).await,
        Err(AppError::Forbidden)
    );
    let n = neighbourhood_forms::create(db, &official, place)
        .await
        .unwrap();
    assert_eq!(
        neighbourhoods::detail(db, None, Default::default(), n)
            .await
            .unwrap()
            .card
            .population,
        Some(12_500)
    );

    // Search folds Arabic letters, ZWNJ and digits, and hides pending organisations.
    let groups = search::search(db, None, "كميته اجتماعي", 1).await.unwrap();
    assert_eq!(groups[0].hits.len(), 1);
    let groups = search::search(db, None, "اسلام آباد", 1).await.unwrap();
    assert_eq!(groups[4].total, 1, "ZWNJ and space are alike");
    let groups = search::search(db, None, "12345", 1).await.unwrap();
    assert_eq!(groups[2].total, 2, "registration numbers are searchable");
    assert!(search::search(db, None, "  ", 1).await.unwrap().is_empty());
}
