//! The veterans list, continuing the centres story: who sees it and how much of each veteran,
//! the filters, and recording honours and deaths with their refusals.
use super::common;
use app::api::AppError;
use app::domain::jalali::JalaliDate;
use app::domain::permissions::Actor;
use app::domain::validation::FieldIssue;
use app::domain::veteran_rules::VeteranFilter;
use app::domain::volunteer_rules::VolunteerState;
use app::server::db::Db;
use app::server::volunteers::veterans::{death, honour, list};

pub struct Cast {
    pub official: Actor,
    pub intermediary: Actor,
    pub stranger: Actor,
    pub volunteer: Actor,
    pub volunteer_id: i64,
    pub centre: i64,
}

fn everyone() -> VeteranFilter {
    VeteranFilter::from_query(Some(0), None, None, false)
}

fn jalali(ago: i64) -> String {
    let today: chrono::NaiveDate = app::server::today_iso().parse().unwrap();
    JalaliDate::from_gregorian(today - chrono::Duration::days(ago))
        .unwrap()
        .to_numeric()
}

pub async fn story(db: &Db, c: Cast) {
    // Officials and intermediaries only; a volunteer or a stranger is refused.
    for other in [&c.stranger, &c.volunteer] {
        assert!(matches!(
            list(db, other, everyone(), None, 1).await,
            Err(AppError::Forbidden)
        ));
    }
    let own = list(db, &c.intermediary, everyone(), None, 1)
        .await
        .unwrap();
    let her = own.items.iter().find(|v| v.id == c.volunteer_id).unwrap();
    assert_eq!(her.name, "Zahra Karimi");
    assert!(her.minutes > 0 && her.years == 0 && her.may_record_death);
    let staff = list(db, &c.official, everyone(), None, 1).await.unwrap();
    let masked = staff.items.iter().find(|v| v.id == c.volunteer_id).unwrap();
    assert_eq!(masked.name, "Z. K.", "officials see initials");
    assert!(!masked.may_record_death);
    // At least a year of service: not yet her; at her centre: her; another centre: nobody.
    let year = VeteranFilter::from_query(Some(1), None, None, false);
    assert!(list(db, &c.official, year, None, 1)
        .await
        .unwrap()
        .items
        .is_empty());
    let here = VeteranFilter::from_query(Some(0), None, Some(c.centre), false);
    assert_eq!(list(db, &c.official, here, None, 1).await.unwrap().total, 1);
    let elsewhere = VeteranFilter::from_query(Some(0), None, Some(c.centre + 1000), false);
    assert_eq!(
        list(db, &c.official, elsewhere, None, 1)
            .await
            .unwrap()
            .total,
        0
    );
    // By county (her home's city, where no county is recorded): her; another: nobody.
    let county = |name: &'static str| list(db, &c.official, everyone(), Some(name), 1);
    assert!(staff.counties.iter().any(|c| c == "City"));
    let there = county("City").await.unwrap();
    assert!(there.items.iter().any(|v| v.id == c.volunteer_id));
    assert_eq!(there.items[0].county.as_deref(), Some("City"));
    assert_eq!(county("Nowhere").await.unwrap().total, 0);
    let hours = VeteranFilter::from_query(Some(0), Some(100_000), None, false);
    assert_eq!(
        list(db, &c.official, hours, None, 1).await.unwrap().total,
        0
    );

    // Honours: officials or her intermediary; a past day.
    assert!(matches!(
        honour(db, &c.stranger, c.volunteer_id, &jalali(1), "").await,
        Err(AppError::NotFound)
    ));
    let ahead = honour(
        db,
        &c.official,
        c.volunteer_id,
        &jalali(-2),
        "Volunteer day",
    )
    .await;
    assert_eq!(common::issue(ahead, "day"), FieldIssue::OutOfRange);
    honour(
        db,
        &c.official,
        c.volunteer_id,
        &jalali(1),
        "<b>Volunteer day</b>",
    )
    .await
    .unwrap();
    let honoured = list(db, &c.official, everyone(), None, 1).await.unwrap();
    let v = honoured
        .items
        .iter()
        .find(|v| v.id == c.volunteer_id)
        .unwrap();
    assert_eq!(v.honours, 1);
    assert!(v.honoured_on.is_some());
    let not_yet = VeteranFilter::from_query(Some(0), None, None, true);
    assert!(list(db, &c.official, not_yet, None, 1)
        .await
        .unwrap()
        .items
        .iter()
        .all(|v| v.id != c.volunteer_id));

    // A death: her intermediary only, with a family contact only it sees.
    assert!(matches!(
        death(db, &c.official, c.volunteer_id, &jalali(3), "Son 0912").await,
        Err(AppError::Forbidden)
    ));
    assert!(matches!(
        death(db, &c.stranger, c.volunteer_id, &jalali(3), "Son 0912").await,
        Err(AppError::NotFound)
    ));
    let missing = death(db, &c.intermediary, c.volunteer_id, &jalali(3), " ").await;
    assert_eq!(
        common::issue(missing, "family_contact"),
        FieldIssue::Required
    );
    death(
        db,
        &c.intermediary,
        c.volunteer_id,
        &jalali(3),
        "Son: 0912 111 2233",
    )
    .await
    .unwrap();
    let own = list(db, &c.intermediary, everyone(), None, 1)
        .await
        .unwrap();
    let her = own.items.iter().find(|v| v.id == c.volunteer_id).unwrap();
    assert!(her.died_on.is_some());
    assert_eq!(her.family_contact.as_deref(), Some("Son: 0912 111 2233"));
    let staff = list(db, &c.official, everyone(), None, 1).await.unwrap();
    let masked = staff.items.iter().find(|v| v.id == c.volunteer_id).unwrap();
    assert_eq!(masked.family_contact, None);
    let row = app::server::db::volunteers::by_id(db.read(), c.volunteer_id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        row.state,
        VolunteerState::Inactive.as_str(),
        "no longer routed"
    );
}
