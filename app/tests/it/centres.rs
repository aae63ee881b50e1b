//! Centres on both databases: who may open one and publish its requests, the intermediary's
//! proposal and the centre's answer, and every refusal on the way.
#![cfg(feature = "ssr")]

use crate::common;
#[path = "centres/published.rs"]
mod published;
#[path = "centres/service.rs"]
mod service;
#[path = "centres/shifts.rs"]
mod shifts;
#[path = "centres/veterans.rs"]
mod veterans;

use app::api::AppError;
use app::domain::centre_rules::PlacementState;
use app::domain::codes::OrgStatus;
use app::domain::roles::Role;
use app::domain::validation::FieldIssue;
use app::server::centres::forms::{add_request, close_request, create, CentreInput, RequestInput};
use app::server::centres::placements::{answer, propose, return_overdue};
use app::server::centres::{detail, list};
use app::server::db::test_support::fresh_databases;
use app::server::db::Db;
use app::server::volunteers::offer::OfferInput;
use app::server::volunteers::registration::{register, VolunteerInput};
use app::server::volunteers::states::make_move;
use app::server::volunteers::{mark_intermediary, mine, rosters};

#[tokio::test]
async fn centres_on_every_database() {
    for (backend, db) in fresh_databases().await {
        story(&db).await;
        eprintln!("centres passed on {backend}");
        db.close().await;
    }
}

fn centre(neighbourhood: i64, organisation: i64, manager: &str) -> CentreInput {
    CentreInput {
        name: "Amene nursery".into(),
        kind: "nursery".into(),
        neighbourhood: neighbourhood.to_string(),
        organisation: organisation.to_string(),
        manager: manager.into(),
        address: String::new(),
        latitude: "35.84".into(),
        longitude: "51.01".into(),
    }
}

fn request(role: i64, places: &str, ends_on: &str) -> RequestInput {
    RequestInput {
        role: role.to_string(),
        places: places.into(),
        needed: vec!["0-0".into(), "1-0".into()],
        // Jalali 1404/01/01: long past, so the request is open now.
        starts_on: "1404/01/01".into(),
        ends_on: ends_on.into(),
        note: String::new(),
    }
}

/// The placement notices `user` has had, by what they said (`proposed`, `accepted`, …).
async fn placement_notices(db: &Db, user: i64) -> Vec<String> {
    sqlx::query_scalar(
        "SELECT detail FROM notifications WHERE user_id = $1 AND kind = 'placement' ORDER BY id",
    )
    .bind(user)
    .fetch_all(db.read())
    .await
    .unwrap()
}

async fn story(db: &Db) {
    let official = common::account(db, "official", Role::Official).await;
    let bridge_rep = common::account(db, "bridge", Role::Member).await;
    let runner_rep = common::account(db, "runner", Role::Member).await;
    let manager = common::account(db, "manager", Role::Member).await;
    let stranger = common::account(db, "stranger", Role::Member).await;
    let zahra = common::account(db, "zahra", Role::Member).await;
    let bridge = create_org(db, bridge_rep.id, "Bridge", "11").await;
    let runner = create_org(db, runner_rep.id, "Runner", "22").await;
    let official_actor = common::actor(db, &official).await;
    mark_intermediary(db, &official_actor, bridge, true)
        .await
        .unwrap();
    let bridge_actor = common::actor(db, &bridge_rep).await;
    let runner_actor = common::actor(db, &runner_rep).await;
    let manager_actor = common::actor(db, &manager).await;
    let stranger_actor = common::actor(db, &stranger).await;
    let zahra_actor = common::actor(db, &zahra).await;
    let neighbourhood = {
        let mut conn = db.write().acquire().await.unwrap();
        app::server::db::neighbourhoods::insert(
            &mut conn,
            app::server::db::neighbourhoods::NewNeighbourhood {
                name: "Home",
                city: "City",
                county: "",
                district: "",
                population: None,
                households: None,
                area_hectares: None,
                latitude: Some(35.85),
                longitude: Some(51.01),
                facilitation_office_id: None,
                problems: ["", "", "", ""],
                search_text: "home",
                now: 1,
            },
        )
        .await
        .unwrap()
    };
    let roles = app::server::db::volunteers::roles(db.read()).await.unwrap();
    let (nursery, tutor) = (roles[0].id, roles[1].id);

    // Opening a centre: officials, or the running organisation's representative only.
    assert!(matches!(
        create(db, &stranger_actor, centre(neighbourhood, runner, "")).await,
        Err(AppError::Forbidden)
    ));
    assert_eq!(
        common::issue(
            create(db, &bridge_actor, centre(neighbourhood, runner, "")).await,
            "organisation"
        ),
        FieldIssue::InvalidChoice
    );
    assert_eq!(
        common::issue(
            create(db, &runner_actor, centre(neighbourhood, runner, "nobody")).await,
            "manager"
        ),
        FieldIssue::NoSuchAccount
    );
    let id = create(db, &runner_actor, centre(neighbourhood, runner, "manager"))
        .await
        .unwrap();
    // The portal's search finds it, by any case of its name, with its neighbourhood.
    let groups = app::server::directory::search::search(db, None, "AMENE", 1)
        .await
        .unwrap();
    let found = groups
        .iter()
        .find(|g| g.kind == app::model::directory::SearchKind::Centres)
        .unwrap();
    assert_eq!(found.total, 1);
    assert_eq!(found.hits[0].href, format!("/centres/{id}"));
    assert_eq!(found.hits[0].subtitle, "Home");
    use app::server::db::centres::CentresOf;
    assert_eq!(
        list(db, CentresOf::Neighbourhood(neighbourhood))
            .await
            .unwrap()
            .len(),
        1
    );
    assert_eq!(
        list(db, CentresOf::Organisation(runner))
            .await
            .unwrap()
            .len(),
        1
    );
    assert!(list(db, CentresOf::Organisation(bridge))
        .await
        .unwrap()
        .is_empty());

    // Requests: only those who manage the centre; checked beside each field.
    assert!(matches!(
        add_request(db, &stranger_actor, id, request(nursery, "2", "")).await,
        Err(AppError::Forbidden)
    ));
    let refused = add_request(db, &manager_actor, id, request(nursery, "0", "")).await;
    assert_eq!(common::issue(refused, "places"), FieldIssue::OutOfRange);
    let refused = add_request(db, &manager_actor, id, request(nursery, "2", "1403/01/01")).await;
    assert_eq!(
        common::issue(refused, "ends_on"),
        FieldIssue::EndsBeforeStart
    );
    let open = add_request(db, &manager_actor, id, request(nursery, "\u{6f1}", ""))
        .await
        .unwrap();
    let other = add_request(db, &runner_actor, id, request(tutor, "3", ""))
        .await
        .unwrap();
    assert!(matches!(
        close_request(db, &stranger_actor, other).await,
        Err(AppError::Forbidden)
    ));
    close_request(db, &manager_actor, other).await.unwrap();
    assert!(matches!(
        close_request(db, &manager_actor, other).await,
        Err(AppError::NotNow)
    ));

    // A volunteer of the intermediary, not yet active: not proposed.
    let input = VolunteerInput {
        full_name: "Zahra Karimi".into(),
        national_code: "0012345679".into(),
        intermediary: bridge.to_string(),
        offer: OfferInput {
            mobile: "09121234567".into(),
            birth_year: "1370".into(),
            neighbourhood: neighbourhood.to_string(),
            roles: vec![nursery.to_string()],
            availability: vec!["0-0".into()],
            ..Default::default()
        },
        consent: true,
        ..Default::default()
    };
    let volunteer = register(db, &zahra_actor, input).await.unwrap().unwrap();
    assert!(matches!(
        propose(db, &bridge_actor, volunteer, open, 7).await,
        Err(AppError::NotNow)
    ));
    make_move(db, &bridge_actor, volunteer, 1, "verify", "")
        .await
        .unwrap();
    make_move(db, &bridge_actor, volunteer, 2, "activate", "")
        .await
        .unwrap();

    // The roster suggests the open request, with its reasons.
    let roster = rosters(db, &bridge_actor).await.unwrap();
    let suggested = &roster[0].active[0].suggestions;
    assert_eq!(suggested.len(), 1);
    assert_eq!(suggested[0].request.id, open);
    assert_eq!(
        (suggested[0].shared_cells, suggested[0].needed_cells),
        (1, 2)
    );
    assert!(suggested[0].metres.unwrap() < 2_000);

    // Proposing: only her intermediary, only an open request for a role she offers, once.
    assert!(matches!(
        propose(db, &runner_actor, volunteer, open, 7).await,
        Err(AppError::NotFound)
    ));
    assert!(matches!(
        propose(db, &bridge_actor, volunteer, other, 7).await,
        Err(AppError::NotNow)
    ));
    let placement = propose(db, &bridge_actor, volunteer, open, 7)
        .await
        .unwrap();
    assert!(matches!(
        propose(db, &bridge_actor, volunteer, open, 7).await,
        Err(AppError::NotNow)
    ));
    // The centre's manager and the running organisation hear of the proposal; the intermediary
    // who made it does not.
    assert_eq!(placement_notices(db, manager.id).await, ["proposed"]);
    assert_eq!(placement_notices(db, runner_rep.id).await, ["proposed"]);
    assert!(placement_notices(db, bridge_rep.id).await.is_empty());
    let page = detail(db, Some(&manager_actor), id).await.unwrap();
    assert_eq!(page.placements[0].state, PlacementState::Proposed);
    assert_eq!(
        page.placements[0].mobile, None,
        "no contact before the centre accepts"
    );
    assert_eq!(
        page.requests
            .iter()
            .find(|r| r.id == open)
            .unwrap()
            .places_left,
        0
    );
    let public = detail(db, None, id).await.unwrap();
    assert!(public.placements.is_empty() && !public.may_manage);

    // Answering: only the centre; declining needs a reason; once.
    assert!(matches!(
        answer(db, &stranger_actor, placement, true, "").await,
        Err(AppError::NotFound)
    ));
    assert!(matches!(
        answer(db, &bridge_actor, placement, true, "").await,
        Err(AppError::NotFound)
    ));
    // An official oversees the centre but does not decide about a person they see masked.
    assert!(matches!(
        answer(db, &official_actor, placement, true, "").await,
        Err(AppError::Forbidden)
    ));
    assert_eq!(
        common::issue(
            answer(db, &manager_actor, placement, false, " ").await,
            "reason"
        ),
        FieldIssue::Required
    );
    answer(db, &manager_actor, placement, true, "")
        .await
        .unwrap();
    assert!(matches!(
        answer(db, &manager_actor, placement, false, "Full").await,
        Err(AppError::NotNow)
    ));
    // The volunteer and her intermediary hear of the answer.
    assert_eq!(placement_notices(db, zahra.id).await, ["accepted"]);
    assert_eq!(placement_notices(db, bridge_rep.id).await, ["accepted"]);
    let page = detail(db, Some(&manager_actor), id).await.unwrap();
    assert_eq!(page.placements[0].mobile.as_deref(), Some("09121234567"));
    assert_eq!(page.placements[0].volunteer.name, "Zahra Karimi");
    // An official manages the centre too, but sees the volunteer masked and no number.
    let seen_by_official = detail(db, Some(&official_actor), id).await.unwrap();
    assert!(seen_by_official.may_manage && !seen_by_official.may_decide);
    assert!(page.may_decide);
    assert_eq!(seen_by_official.placements[0].volunteer.name, "Z. K.");
    assert_eq!(seen_by_official.placements[0].mobile, None);
    let own = mine(db, &zahra_actor).await.unwrap().unwrap();
    assert_eq!(own.placements[0].state, PlacementState::Accepted);
    assert_eq!(own.placements[0].centre.id, id);
    // She sees why she was placed there (the request is full now: it still says why).
    let why = own.placements[0].why.expect("why she fits");
    assert!(why.needed_cells == 0 || why.shared_cells > 0, "{why:?}");
    assert!(
        page.placements[0].why.is_none(),
        "the centre's page does not explain"
    );

    // A proposal left unanswered returns to the intermediary.
    let more = add_request(db, &manager_actor, id, request(nursery, "2", ""))
        .await
        .unwrap();
    propose(db, &bridge_actor, volunteer, more, 7)
        .await
        .unwrap();
    assert_eq!(return_overdue(db, app::server::now_ms()).await.unwrap(), 0);
    let later = app::server::now_ms() + 8 * 86_400_000;
    assert_eq!(return_overdue(db, later).await.unwrap(), 1);
    assert_eq!(return_overdue(db, later).await.unwrap(), 0, "once");
    assert_eq!(
        placement_notices(db, bridge_rep.id).await,
        ["accepted", "returned"],
        "the intermediary hears it came back, once"
    );
    let own = mine(db, &zahra_actor).await.unwrap().unwrap();
    assert!(own
        .placements
        .iter()
        .any(|p| p.state == PlacementState::Returned));

    let veterans_cast = veterans::Cast {
        official: official_actor.clone(),
        intermediary: bridge_actor.clone(),
        stranger: stranger_actor.clone(),
        volunteer: zahra_actor.clone(),
        volunteer_id: volunteer,
        centre: id,
    };
    let shifts_cast = shifts::Cast {
        manager: manager_actor.clone(),
        volunteer: zahra_actor.clone(),
        intermediary: bridge_actor.clone(),
        intermediary_id: bridge,
        stranger: stranger_actor.clone(),
        official: official_actor.clone(),
        centre: id,
        neighbourhood,
        role: nursery,
    };
    let cast = service::Cast {
        manager: manager_actor,
        volunteer: zahra_actor,
        intermediary: bridge_actor,
        runner: runner_actor,
        stranger: stranger_actor,
        official: official_actor,
        centre: id,
        placement,
    };
    service::story(db, cast).await;
    shifts::story(db, shifts_cast.clone()).await;
    published::story(db, shifts_cast).await;
    veterans::story(db, veterans_cast).await;
}

async fn create_org(db: &Db, rep: i64, name: &str, reg: &str) -> i64 {
    app::server::directory::organisations::create(
        db,
        Some(rep),
        common::org("ngo", name, reg),
        OrgStatus::Verified,
    )
    .await
    .unwrap()
}
