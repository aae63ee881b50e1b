//! Opportunities an organisation publishes (an NGO, a project's agency) at a centre it does not
//! run, continuing the centres story: only its representatives publish and run them; the
//! centre where they take place does not; officials oversee with identities masked; search
//! finds them.
use super::common;
use super::shifts::Cast;
use app::api::AppError;
use app::domain::directory_rules::parse_iso;
use app::domain::jalali::JalaliDate;
use app::domain::validation::FieldIssue;
use app::model::directory::SearchKind;
use app::server::db::Db;
use app::server::shifts::attendance::record;
use app::server::shifts::publish::{add_shift, publish_for, OpportunityInput, ShiftInput};
use app::server::shifts::signups::sign_up;
use app::server::shifts::{detail, of_organisation};
use chrono::Duration;

fn input(centre: &str, role: &str, project: &str) -> OpportunityInput {
    OpportunityInput {
        title: "Reading circle for children".into(),
        role: role.into(),
        project: project.into(),
        description: "Stories on Thursday mornings".into(),
        centre: centre.into(),
    }
}

pub async fn story(db: &Db, c: Cast) {
    let role = c.role.to_string();
    let centre = c.centre.to_string();
    let org = c.intermediary_id;
    // Only the organisation's representatives publish for it: not the centre's manager, not
    // an official, not a stranger.
    for other in [&c.manager, &c.official, &c.stranger, &c.volunteer] {
        assert!(matches!(
            publish_for(db, other, org, input(&centre, &role, "")).await,
            Err(AppError::Forbidden)
        ));
    }
    let bad = publish_for(db, &c.intermediary, org, input("999", &role, "")).await;
    assert_eq!(common::issue(bad, "centre"), FieldIssue::InvalidChoice);
    // A project it neither leads nor partners is not its to serve.
    let bad = publish_for(db, &c.intermediary, org, input(&centre, &role, "1")).await;
    assert_eq!(common::issue(bad, "project"), FieldIssue::InvalidChoice);
    let id = publish_for(db, &c.intermediary, org, input(&centre, &role, ""))
        .await
        .unwrap();

    // Its representatives run it; the centre where it takes place does not.
    let day = parse_iso(&app::server::today_iso()).unwrap() + Duration::days(4);
    let typed = JalaliDate::from_gregorian(day).unwrap().to_numeric();
    let shift = |slots: &str| ShiftInput {
        day: typed.clone(),
        starts: "10:00".into(),
        ends: "12:00".into(),
        slots: slots.into(),
    };
    assert!(matches!(
        add_shift(db, &c.manager, id, shift("3")).await,
        Err(AppError::Forbidden)
    ));
    let first = add_shift(db, &c.intermediary, id, shift("3"))
        .await
        .unwrap();
    add_shift(db, &c.official, id, shift("2")).await.unwrap();
    sign_up(db, &c.volunteer, first).await.unwrap();
    assert!(matches!(
        record(db, &c.manager, first, &[]).await,
        Err(AppError::Forbidden)
    ));
    assert!(matches!(
        record(db, &c.intermediary, first, &[]).await,
        Err(AppError::NotNow)
    ));

    // Who sees who signed up: the publisher by name and number, an official masked, the
    // centre's manager nobody.
    let theirs = detail(db, Some(&c.intermediary), id).await.unwrap();
    assert!(theirs.may_manage);
    assert_eq!(theirs.card.publisher.as_ref().map(|p| p.id), Some(org));
    let seat = &theirs
        .shifts
        .iter()
        .find(|s| s.id == first)
        .unwrap()
        .signups[0];
    assert!(seat.mobile.is_some());
    let overseen = detail(db, Some(&c.official), id).await.unwrap();
    let seat = &overseen
        .shifts
        .iter()
        .find(|s| s.id == first)
        .unwrap()
        .signups[0];
    assert_eq!(
        (seat.mobile.as_deref(), seat.volunteer.name.as_str()),
        (None, "Z. K.")
    );
    let at_centre = detail(db, Some(&c.manager), id).await.unwrap();
    assert!(!at_centre.may_manage);
    assert!(at_centre.shifts.iter().all(|s| s.signups.is_empty()));

    // The organisation's page lists it; only its representatives get the form's choices.
    let listed = of_organisation(db, Some(&c.intermediary), org)
        .await
        .unwrap();
    assert!(listed.list.iter().any(|o| o.id == id));
    let (_, centres) = listed.publish.expect("the form for a representative");
    assert!(centres.iter().any(|x| x.id == c.centre));
    for other in [None, Some(&c.manager), Some(&c.official)] {
        let page = of_organisation(db, other, org).await.unwrap();
        assert!(page.publish.is_none() && page.list.iter().any(|o| o.id == id));
    }

    // Search finds it by a word of its description, however cased.
    let groups = app::server::directory::search::search(db, None, "THURSDAY", 1)
        .await
        .unwrap();
    let found = groups
        .iter()
        .find(|g| g.kind == SearchKind::Opportunities)
        .unwrap();
    assert_eq!(found.hits[0].href, format!("/opportunities/{id}"));
}
