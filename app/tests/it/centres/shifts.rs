//! Opportunities and shifts, continuing the centres story: publishing and its refusals, signing
//! up with a waiting list that moves up by itself, the reminder and the freeing of unconfirmed
//! seats, cancelling a shift, and attendance that becomes approved service.
use super::common;
use app::api::AppError;
use app::domain::directory_rules::{iso, parse_iso};
use app::domain::jalali::JalaliDate;
use app::domain::permissions::Actor;
use app::domain::reminders::utc_ms_of_iran;
use app::domain::roles::Role;
use app::domain::shift_rules::SignupState;
use app::domain::validation::FieldIssue;
use app::model::shifts::SignupStanding;
use app::server::db::shifts::{self as store, NewShift};
use app::server::db::Db;
use app::server::shifts::attendance::record;
use app::server::shifts::publish::{add_shift, cancel_shift, create, OpportunityInput, ShiftInput};
use app::server::shifts::signups::{cancel, confirm, run_due, sign_up, Round};
use app::server::shifts::{detail, list};
use app::server::volunteers::offer::OfferInput;
use app::server::volunteers::registration::{register, VolunteerInput};
use app::server::volunteers::states::make_move;
use chrono::{Duration, NaiveDate};

#[derive(Clone)]
pub struct Cast {
    pub manager: Actor,
    /// Active, with a profile.
    pub volunteer: Actor,
    pub intermediary: Actor,
    pub intermediary_id: i64,
    pub stranger: Actor,
    /// Manages every centre, sees identities masked.
    pub official: Actor,
    pub centre: i64,
    pub neighbourhood: i64,
    pub role: i64,
}

fn today() -> NaiveDate {
    parse_iso(&app::server::today_iso()).unwrap()
}

fn jalali(day: NaiveDate) -> String {
    JalaliDate::from_gregorian(day).unwrap().to_numeric()
}

fn opportunity(title: &str, role: &str, project: &str) -> OpportunityInput {
    OpportunityInput {
        title: title.into(),
        role: role.into(),
        project: project.into(),
        description: "Play with the children".into(),
        centre: String::new(),
    }
}

fn shift(day: &str, starts: &str, ends: &str, slots: &str) -> ShiftInput {
    ShiftInput {
        day: day.into(),
        starts: starts.into(),
        ends: ends.into(),
        slots: slots.into(),
    }
}

/// A second volunteer of the same intermediary, made active.
async fn another_volunteer(db: &Db, c: &Cast, username: &str, code: &str, active: bool) -> Actor {
    let user = common::account(db, username, Role::Member).await;
    let actor = common::actor(db, &user).await;
    let input = VolunteerInput {
        full_name: format!("{username} volunteer"),
        national_code: code.into(),
        intermediary: c.intermediary_id.to_string(),
        offer: OfferInput {
            mobile: "09127654321".into(),
            birth_year: "1375".into(),
            neighbourhood: c.neighbourhood.to_string(),
            roles: vec![c.role.to_string()],
            availability: vec!["0-0".into()],
            ..Default::default()
        },
        consent: true,
        ..Default::default()
    };
    let id = register(db, &actor, input).await.unwrap().unwrap();
    if active {
        make_move(db, &c.intermediary, id, 1, "verify", "")
            .await
            .unwrap();
        make_move(db, &c.intermediary, id, 2, "activate", "")
            .await
            .unwrap();
    }
    actor
}

async fn seat_of(db: &Db, who: &Actor, opportunity: i64, shift: i64) -> Option<SignupState> {
    let page = detail(db, Some(who), opportunity).await.unwrap();
    let s = page.shifts.iter().find(|s| s.id == shift).unwrap();
    s.mine.as_ref().map(|m| m.state)
}

async fn notices(db: &Db, who: &Actor, kind: &str) -> Vec<String> {
    app::server::notifications::page(db, who, 1)
        .await
        .unwrap()
        .rows
        .into_iter()
        .filter(|n| n.kind == kind)
        .map(|n| n.detail)
        .collect()
}

pub async fn story(db: &Db, c: Cast) {
    let role = c.role.to_string();
    // Publishing: only those who run the centre; checked beside each field.
    for other in [&c.stranger, &c.volunteer, &c.intermediary] {
        assert!(matches!(
            create(
                db,
                other,
                c.centre,
                opportunity("Nursery mornings", &role, "")
            )
            .await,
            Err(AppError::Forbidden)
        ));
    }
    let bad = create(db, &c.manager, c.centre, opportunity("", "x", "999")).await;
    assert_eq!(common::issue(bad, "title"), FieldIssue::Required);
    let bad = create(
        db,
        &c.manager,
        c.centre,
        opportunity("Nursery", &role, "999"),
    )
    .await;
    assert_eq!(common::issue(bad, "project"), FieldIssue::InvalidChoice);
    let id = create(
        db,
        &c.manager,
        c.centre,
        opportunity("Nursery mornings", &role, ""),
    )
    .await
    .unwrap();

    // Shifts: from today to a year ahead, ending after they start, 1 to 200 seats.
    let day = today() + Duration::days(3);
    let typed = jalali(day);
    assert!(matches!(
        add_shift(db, &c.stranger, id, shift(&typed, "9:00", "12:00", "1")).await,
        Err(AppError::Forbidden)
    ));
    let past = jalali(today() - Duration::days(1));
    let bad = add_shift(db, &c.manager, id, shift(&past, "9", "8:00", "0")).await;
    assert_eq!(common::issue(bad, "day"), FieldIssue::OutOfRange);
    let bad = add_shift(db, &c.manager, id, shift(&typed, "9:00", "8:00", "0")).await;
    assert_eq!(common::issue(bad, "ends"), FieldIssue::EndsBeforeStart);
    let bad = add_shift(db, &c.manager, id, shift(&typed, "9:00", "12:00", "0")).await;
    assert_eq!(common::issue(bad, "slots"), FieldIssue::OutOfRange);
    let first = add_shift(
        db,
        &c.manager,
        id,
        shift(&typed, "\u{6f9}:\u{6f0}\u{6f0}", "12:00", "\u{6f1}"),
    )
    .await
    .unwrap();
    let listed = list(db, 1).await.unwrap();
    assert_eq!(listed.items.len(), 1);
    assert_eq!(listed.items[0].next_day.as_deref(), Some(iso(day).as_str()));
    assert_eq!(listed.items[0].seats_left, 1);

    // Who may sign up.
    let public = detail(db, None, id).await.unwrap();
    assert_eq!(public.standing, SignupStanding::Visitor);
    assert!(!public.shifts[0].open && public.shifts[0].signups.is_empty());
    let stranger_page = detail(db, Some(&c.stranger), id).await.unwrap();
    assert_eq!(stranger_page.standing, SignupStanding::NoProfile);
    assert!(matches!(
        sign_up(db, &c.stranger, first).await,
        Err(AppError::Forbidden)
    ));
    let applicant = another_volunteer(db, &c, "applicant", "0012345687", false).await;
    assert_eq!(
        detail(db, Some(&applicant), id).await.unwrap().standing,
        SignupStanding::NotActive
    );
    assert!(matches!(
        sign_up(db, &applicant, first).await,
        Err(AppError::Forbidden)
    ));

    // A seat, then the waiting list; once each.
    let reza = another_volunteer(db, &c, "reza", "0012345695", true).await;
    assert!(detail(db, Some(&c.volunteer), id).await.unwrap().shifts[0].open);
    sign_up(db, &c.volunteer, first).await.unwrap();
    let again = sign_up(db, &c.volunteer, first).await;
    assert_eq!(common::issue(again, "shift"), FieldIssue::AlreadyListed);
    sign_up(db, &reza, first).await.unwrap();
    let reza_page = detail(db, Some(&reza), id).await.unwrap();
    let mine = reza_page.shifts[0].mine.clone().unwrap();
    assert_eq!((mine.state, mine.position), (SignupState::Waiting, Some(1)));
    assert!(
        reza_page.shifts[0].signups.is_empty(),
        "names are for the centre"
    );

    // The centre sees who comes, with the mobile of the booked only.
    let page = detail(db, Some(&c.manager), id).await.unwrap();
    let signups = &page.shifts[0].signups;
    assert_eq!(signups.len(), 2);
    assert_eq!(signups[0].state, SignupState::Booked);
    assert_eq!(signups[0].mobile.as_deref(), Some("09121234567"));
    assert_eq!(
        (signups[1].state, signups[1].mobile.clone()),
        (SignupState::Waiting, None)
    );
    // An official sees who comes, masked and without numbers.
    let official_page = detail(db, Some(&c.official), id).await.unwrap();
    let seen = &official_page.shifts[0].signups;
    assert_eq!(seen.len(), 2);
    assert!(seen.iter().all(|g| g.mobile.is_none()));
    assert!(seen
        .iter()
        .all(|g| g.volunteer.name != signups[0].volunteer.name && g.volunteer.name.ends_with('.')));

    // No two shifts at once.
    let overlapping = add_shift(db, &c.manager, id, shift(&typed, "11:00", "13:00", "5"))
        .await
        .unwrap();
    let clash = sign_up(db, &c.volunteer, overlapping).await;
    assert_eq!(common::issue(clash, "shift"), FieldIssue::Overlaps);

    // Confirming, once.
    confirm(db, &c.volunteer, first).await.unwrap();
    let twice = confirm(db, &c.volunteer, first).await;
    assert_eq!(common::issue(twice, "shift"), FieldIssue::NotAllowedNow);

    // Giving up a seat moves the first person waiting up, and tells them.
    assert!(matches!(
        cancel(db, &c.stranger, first).await,
        Err(AppError::NotFound)
    ));
    cancel(db, &c.volunteer, first).await.unwrap();
    assert_eq!(
        seat_of(db, &reza, id, first).await,
        Some(SignupState::Booked)
    );
    assert_eq!(notices(db, &reza, "shift_seat").await, vec!["booked"]);
    sign_up(db, &c.volunteer, first).await.unwrap();
    assert_eq!(
        seat_of(db, &c.volunteer, id, first).await,
        Some(SignupState::Waiting)
    );

    // The day before at 09:00 in Iran the booked are reminded, once; by 20:00 the seat not
    // confirmed goes to the first person waiting (confirmed, as the day is near).
    let before = day - Duration::days(1);
    let morning = utc_ms_of_iran(before.and_hms_opt(9, 0, 0).unwrap());
    assert_eq!(
        run_due(db, morning).await.unwrap(),
        Round {
            reminded: 1,
            freed: 0
        }
    );
    assert_eq!(
        run_due(db, morning + 60_000).await.unwrap(),
        Round::default()
    );
    assert_eq!(notices(db, &reza, "shift_reminder").await.len(), 1);
    let evening = utc_ms_of_iran(before.and_hms_opt(20, 30, 0).unwrap());
    assert_eq!(
        run_due(db, evening).await.unwrap(),
        Round {
            reminded: 0,
            freed: 1
        }
    );
    assert_eq!(
        seat_of(db, &reza, id, first).await,
        Some(SignupState::Freed)
    );
    let page = detail(db, Some(&c.volunteer), id).await.unwrap();
    let mine = page.shifts[0].mine.clone().unwrap();
    assert_eq!((mine.state, mine.confirmed), (SignupState::Booked, true));
    assert_eq!(
        notices(db, &reza, "shift_seat").await,
        vec!["freed", "booked"]
    );

    // Cancelling a shift: those who run the centre, with a reason everyone signed up hears.
    sign_up(db, &reza, overlapping).await.unwrap();
    assert!(matches!(
        cancel_shift(db, &c.stranger, overlapping, "Rain").await,
        Err(AppError::Forbidden)
    ));
    let bad = cancel_shift(db, &c.manager, overlapping, " ").await;
    assert_eq!(common::issue(bad, "reason"), FieldIssue::Required);
    cancel_shift(db, &c.manager, overlapping, "The hall is closed")
        .await
        .unwrap();
    assert!(notices(db, &reza, "shift_seat")
        .await
        .contains(&"cancelled".to_string()));
    let late = sign_up(db, &c.volunteer, overlapping).await;
    assert_eq!(common::issue(late, "shift"), FieldIssue::NotAllowedNow);

    // Attendance, once the shift started: those ticked get its hours as approved service.
    let yesterday = iso(today() - Duration::days(1));
    let (held, seats) = {
        let mut tx = db.write().begin().await.unwrap();
        let held = store::insert_shift(
            &mut tx,
            &NewShift {
                opportunity_id: id,
                day: &yesterday,
                starts: "09:00",
                ends: "11:30",
                slots: 5,
                now: 1,
            },
        )
        .await
        .unwrap();
        let mut seats = Vec::new();
        for who in [&c.volunteer, &reza] {
            let v = app::server::db::volunteers::of_user(db.read(), who.user_id)
                .await
                .unwrap()
                .unwrap();
            let seat = store::sign_up(&mut tx, held, v.id, "booked", Some(1), 1)
                .await
                .unwrap();
            seats.push(seat.unwrap());
        }
        tx.commit().await.unwrap();
        (held, seats)
    };
    let late = sign_up(db, &c.stranger, held).await;
    assert!(matches!(late, Err(AppError::Forbidden)));
    let late = sign_up(db, &c.volunteer, held).await;
    assert_eq!(common::issue(late, "shift"), FieldIssue::NotAllowedNow);
    // Nor an official: who came is the centre's to say.
    for other in [&c.stranger, &c.volunteer, &c.intermediary, &c.official] {
        assert!(matches!(
            record(db, other, held, &seats).await,
            Err(AppError::Forbidden)
        ));
    }
    let before_hours = app::server::service::mine(db, &c.volunteer)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        record(db, &c.manager, held, &seats[..1]).await.unwrap(),
        (id, 1)
    );
    assert!(matches!(
        record(db, &c.manager, held, &seats).await,
        Err(AppError::NotNow)
    ));
    let after = app::server::service::mine(db, &c.volunteer)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(after.approved_minutes, before_hours.approved_minutes + 150);
    let entry = after
        .hours
        .iter()
        .find(|h| h.placement_id.is_none())
        .unwrap();
    assert_eq!(entry.served_on, yesterday);
    assert!(after
        .shifts
        .iter()
        .any(|s| s.shift_id == held && s.seat.attended == Some(true)));
    // The centre's record of a shift is not the volunteer's to change.
    let edit = app::server::service::hours::edit(
        db,
        &c.volunteer,
        entry.id,
        entry.version,
        app::server::service::hours::HoursInput {
            served_on: &jalali(today() - Duration::days(1)),
            hours: "9",
            note: "",
        },
    )
    .await;
    assert!(matches!(edit, Err(AppError::NotNow)));
    let reza_page = detail(db, Some(&reza), id).await.unwrap();
    let held_view = reza_page.shifts.iter().find(|s| s.id == held).unwrap();
    assert_eq!(held_view.mine.as_ref().unwrap().attended, Some(false));
    assert!(held_view.past && held_view.attendance_recorded);
}
