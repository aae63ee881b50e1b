//! Conformance: volunteers, centres, requests, routing inputs and placements, one story run
//! against SQLite and PostgreSQL.
#![cfg(feature = "ssr")]

use crate::common;

use app::domain::availability::Week;
use app::domain::roles::Role;
use app::domain::volunteer_routing::{for_request, Point};
use app::server::db::centres::{self, NewCentre, NewRequest};
use app::server::db::neighbourhoods::{self, NewNeighbourhood};
use app::server::db::organisations::{self, NewOrganisation};
use app::server::db::test_support::fresh_databases;
use app::server::db::volunteers::{self, NewVolunteer};
use app::server::db::{Db, DbError};

const DAY: i64 = 86_400_000;

#[tokio::test]
async fn volunteers_story_on_every_database() {
    for (backend, db) in fresh_databases().await {
        story(&db).await;
        eprintln!("volunteers story passed on {backend}");
        db.close().await;
    }
}

fn organisation<'a>(name: &'a str, reg: &'a str) -> NewOrganisation<'a> {
    NewOrganisation {
        kind: "ngo",
        name,
        registration_no: Some(reg),
        dimensions: "social",
        address: "",
        phone: "",
        email: "",
        website: "",
        description: "",
        status: "verified",
        search_text: name,
        created_by: None,
        now: 1,
    }
}

fn neighbourhood(name: &str, lat: f64, lon: f64) -> NewNeighbourhood<'_> {
    NewNeighbourhood {
        name,
        city: "Tabriz",
        county: "",
        district: "",
        population: None,
        households: None,
        area_hectares: None,
        latitude: Some(lat),
        longitude: Some(lon),
        facilitation_office_id: None,
        problems: ["", "", "", ""],
        search_text: name,
        now: 1,
    }
}

fn volunteer<'a>(user_id: i64, code: &'a str, intermediary_id: i64, home: i64) -> NewVolunteer<'a> {
    NewVolunteer {
        user_id,
        full_name: "Zahra Karimi",
        search_text: "zahra karimi",
        national_code: code,
        mobile: "09121234567",
        birth_year: 1370,
        gender: Some("female"),
        neighbourhood_id: Some(home),
        intermediary_id,
        drive_id: None,
        availability: i64::from(Week::EMPTY.with(0, 0).with(2, 0).0),
        private_note: "former service recipient",
        now: 10 * DAY,
    }
}

async fn story(db: &Db) {
    let pool = db.read();
    let zahra = common::account(db, "zahra", Role::Member).await;
    let reza = common::account(db, "reza", Role::Member).await;
    let manager = common::account(db, "manager", Role::Member).await;
    // SQLite has one writer: the accounts above take and give it back before this holds it.
    let mut conn = db.write().acquire().await.unwrap();
    let bridge = organisations::insert(&mut conn, organisation("Bridge", "100"))
        .await
        .unwrap();
    let runner = organisations::insert(&mut conn, organisation("Runner", "200"))
        .await
        .unwrap();
    volunteers::set_intermediary(&mut conn, bridge, true)
        .await
        .unwrap();
    let home = neighbourhoods::insert(&mut conn, neighbourhood("Home", 38.08, 46.29))
        .await
        .unwrap();
    let near = neighbourhoods::insert(&mut conn, neighbourhood("Near", 38.09, 46.29))
        .await
        .unwrap();

    // The reference list of roles comes with the migration.
    let roles = volunteers::roles(pool).await.unwrap();
    let nursery = roles
        .iter()
        .find(|r| r.code.as_deref() == Some("nursery_helper"))
        .unwrap()
        .id;
    assert!(roles.len() >= 7);

    // A drive, found by its code.
    let drive = volunteers::insert_drive(
        &mut conn,
        "RAMADAN1405",
        "Ramadan",
        "2026-02-18",
        None,
        None,
        1,
    )
    .await
    .unwrap();
    assert_eq!(
        volunteers::drive_by_code(pool, "RAMADAN1405")
            .await
            .unwrap(),
        Some(drive)
    );
    assert_eq!(volunteers::drive_by_code(pool, "NOPE").await.unwrap(), None);

    // Registration: one per national code and one per account.
    let mut first = volunteer(zahra.id, "0012345679", bridge, home);
    first.drive_id = Some(drive);
    let z = volunteers::insert(&mut conn, first).await.unwrap();
    volunteers::set_offers(&mut conn, z, &[nursery])
        .await
        .unwrap();
    volunteers::add_skill(&mut conn, z, "First aid", "skilled")
        .await
        .unwrap();
    let twice = volunteers::insert(&mut conn, volunteer(reza.id, "0012345679", bridge, home)).await;
    assert!(matches!(twice, Err(DbError::Conflict)), "{twice:?}");
    let again =
        volunteers::insert(&mut conn, volunteer(zahra.id, "2000000010", bridge, home)).await;
    assert!(matches!(again, Err(DbError::Conflict)), "{again:?}");
    assert_eq!(
        volunteers::id_by_national_code(pool, "0012345679")
            .await
            .unwrap(),
        Some(z)
    );
    let row = volunteers::of_user(pool, zahra.id).await.unwrap().unwrap();
    assert_eq!((row.id, row.state.as_str()), (z, "applied"));
    assert_eq!(
        (row.intermediary.as_str(), row.neighbourhood.as_deref()),
        ("Bridge", Some("Home"))
    );
    assert_eq!((row.consent_at, row.applied_at), (10 * DAY, 10 * DAY));
    assert_eq!(row.drive_id, Some(drive));
    assert_eq!(volunteers::offers(pool, z).await.unwrap(), vec![nursery]);
    assert_eq!(
        volunteers::skills(pool, z).await.unwrap(),
        vec![("First aid".to_string(), "skilled".to_string())]
    );

    // The intermediary's applicants, then versioned state moves.
    let waiting = volunteers::of_intermediary(pool, bridge, "applied")
        .await
        .unwrap();
    assert_eq!(waiting.iter().map(|v| v.id).collect::<Vec<_>>(), vec![z]);
    assert!(volunteers::of_intermediary(pool, runner, "applied")
        .await
        .unwrap()
        .is_empty());
    assert!(
        volunteers::set_state(&mut conn, z, row.version, "verified", "", 11 * DAY)
            .await
            .unwrap()
    );
    assert!(
        !volunteers::set_state(&mut conn, z, row.version, "active", "", 11 * DAY)
            .await
            .unwrap(),
        "a stale version changes nothing"
    );
    assert!(
        volunteers::set_state(&mut conn, z, row.version + 1, "active", "", 12 * DAY)
            .await
            .unwrap()
    );
    let counts = volunteers::count_by_state(pool, bridge).await.unwrap();
    assert_eq!(counts, vec![("active".to_string(), 1)]);

    // A centre near her home asks for a nursery helper on Saturday mornings.
    let centre = centres::insert(
        &mut conn,
        NewCentre {
            name: "Nursery",
            kind: "nursery",
            neighbourhood_id: near,
            organisation_id: runner,
            manager_id: Some(manager.id),
            address: "",
            location: Some(Point {
                lat: 38.09,
                lon: 46.29,
            }),
            search_text: "nursery",
            now: 1,
        },
    )
    .await
    .unwrap();
    let request = |starts_on, ends_on| NewRequest {
        centre_id: centre,
        role_id: nursery,
        places: 1,
        needed: Week::EMPTY.with(0, 0),
        starts_on,
        ends_on,
        note: "",
        created_by: Some(manager.id),
        now: 1,
    };
    let open = centres::insert_request(&mut conn, request("2026-01-01", None))
        .await
        .unwrap();
    centres::insert_request(&mut conn, request("2026-01-01", Some("2026-02-01")))
        .await
        .unwrap();
    centres::insert_request(&mut conn, request("2027-01-01", None))
        .await
        .unwrap();

    let openings = centres::openings(pool, "2026-11-30").await.unwrap();
    assert_eq!(
        openings.iter().map(|o| o.request).collect::<Vec<_>>(),
        vec![open]
    );
    assert_eq!(openings[0].places_left, 1);
    let everyone = centres::candidates(pool, None).await.unwrap();
    let bridge_only = centres::candidates(pool, Some(bridge)).await.unwrap();
    assert_eq!(everyone, bridge_only);
    assert!(centres::candidates(pool, Some(runner))
        .await
        .unwrap()
        .is_empty());
    assert_eq!(everyone[0].roles, vec![nursery]);
    let ranked = for_request(&openings[0], &everyone, 5);
    assert_eq!(ranked.len(), 1);
    assert!(ranked[0].metres.unwrap() < 1_200);

    // A proposal takes the place while it waits; a late one comes back; a decided one stays.
    let placement = centres::propose(&mut conn, z, open, zahra.id, 20 * DAY, 27 * DAY)
        .await
        .unwrap();
    assert_eq!(
        centres::openings(pool, "2026-11-30").await.unwrap()[0].places_left,
        0
    );
    assert_eq!(
        centres::return_overdue(&mut conn, 26 * DAY).await.unwrap(),
        0
    );
    assert_eq!(
        centres::return_overdue(&mut conn, 28 * DAY).await.unwrap(),
        1
    );
    assert_eq!(
        centres::openings(pool, "2026-11-30").await.unwrap()[0].places_left,
        1
    );
    assert!(
        !centres::decide(&mut conn, placement, "accepted", "", manager.id, 29 * DAY)
            .await
            .unwrap()
    );
    let second = centres::propose(&mut conn, z, open, zahra.id, 30 * DAY, 37 * DAY)
        .await
        .unwrap();
    assert!(
        centres::decide(&mut conn, second, "accepted", "", manager.id, 31 * DAY)
            .await
            .unwrap()
    );
    assert_eq!(
        centres::return_overdue(&mut conn, 40 * DAY).await.unwrap(),
        0
    );
    assert_eq!(
        centres::openings(pool, "2026-11-30").await.unwrap()[0].places_left,
        0
    );

    // The roster in pages of one state, longest waiting first.
    let mut waiting = Vec::new();
    for n in 0..23 {
        let name = format!("wait{n}");
        let user = app::server::db::users::insert(
            &mut conn,
            app::server::db::users::NewUser {
                username: &name,
                display_name: &name,
                search_text: &name,
                email: None,
                password_hash: "x",
                role: "member",
                now: 1,
            },
        )
        .await
        .unwrap();
        let code = format!("30000000{n:02}");
        let mut v = volunteer(user, &code, bridge, home);
        v.now = (11 + n) * DAY;
        waiting.push(volunteers::insert(&mut conn, v).await.unwrap());
    }
    let first_page = volunteers::roster(pool, bridge, "applied", "%", 20, 0)
        .await
        .unwrap();
    assert_eq!(first_page.len(), 20);
    assert_eq!(first_page[0].id, waiting[0], "the longest waiting first");
    let rest = volunteers::roster(pool, bridge, "applied", "%", 20, 20)
        .await
        .unwrap();
    assert_eq!(
        rest.iter().map(|r| r.id).collect::<Vec<_>>(),
        waiting[20..].to_vec()
    );
    assert!(volunteers::roster(pool, bridge, "inactive", "%", 20, 0)
        .await
        .unwrap()
        .is_empty());
}
