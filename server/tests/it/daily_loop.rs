//! The daily loop on the demo data, on SQLite and PostgreSQL: reminders given once per item,
//! person and day (also when two instances run at once) and never at night; the digest once
//! per period; text messages through a fake gateway started here (codes by night, retries,
//! opt-outs, the key kept out of errors); the meeting's calendar file and the minutes' number.
use crate::common;

use app::api::AppError;
use app::domain::reminders::{iran_time, utc_ms_of_iran, ReminderDays, ReminderRule};
use app::domain::validation::FieldIssue;
use app::server::auth::caller::load_actor;
use app::server::db::notifications::{notify, NewNotification};
use app::server::db::test_support::fresh_urls;
use app::server::db::{users, Db};
use app::server::{digests, reminders, sms as sms_settings};
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::routing::get;
use chrono::{Duration, NaiveDate, NaiveTime};
use common::TestApp;
use secrecy::SecretString;
use server::config::SmsConfig;
use server::sms::{deliver_due, Gateway};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// Ten in the morning in Iran, `days` from today.
fn morning(days: i64) -> (NaiveDate, i64) {
    let today = iran_time(app::server::now_ms()).date() + Duration::days(days);
    let at = today.and_time(NaiveTime::from_hms_opt(10, 0, 0).unwrap());
    (today, utc_ms_of_iran(at))
}

fn night(days: i64) -> i64 {
    let today = iran_time(app::server::now_ms()).date() + Duration::days(days);
    utc_ms_of_iran(today.and_time(NaiveTime::from_hms_opt(2, 0, 0).unwrap()))
}

async fn scalar(db: &Db, sql: &str) -> i64 {
    sqlx::query_scalar::<_, i64>(sql)
        .fetch_one(db.read())
        .await
        .unwrap()
}

async fn user_id(db: &Db, username: &str) -> i64 {
    users::find_by_username(db.read(), username)
        .await
        .unwrap()
        .unwrap()
        .id
}

#[tokio::test]
async fn the_daily_loop_on_every_database() {
    for test_db in fresh_urls().await {
        let app = TestApp::spawn(&test_db.url).await;
        server::demo::seed_if_empty(&app.db).await.unwrap();
        reminders_once_per_day(&app.db).await;
        digests_once_per_period(&app.db).await;
        text_messages(&app.db).await;
        meetings_in_calendars(&app).await;
        eprintln!("daily loop passed on {}", test_db.name);
    }
}

async fn reminders_once_per_day(db: &Db) {
    let days = ReminderDays::default();
    let stalled = Default::default();
    let ngo = user_id(db, "ngo").await;
    // Three of the NGO's tasks: due tomorrow, a week late (reminded again), three days late
    // (not today: late ones are reminded on their first day and weekly).
    let (today, now) = morning(0);
    let cards: Vec<i64> = sqlx::query_scalar(
        "SELECT id FROM board_cards WHERE lane IN ('todo', 'doing') ORDER BY id LIMIT 3",
    )
    .fetch_all(db.read())
    .await
    .unwrap();
    assert_eq!(cards.len(), 3, "the demo boards have open tasks");
    for (card, offset) in cards.iter().zip([1, -8, -3]) {
        sqlx::query(
            "INSERT INTO board_card_assignees (card_id, user_id) VALUES ($1, $2) \
             ON CONFLICT DO NOTHING",
        )
        .bind(card)
        .bind(ngo)
        .execute(db.write())
        .await
        .unwrap();
        sqlx::query("UPDATE board_cards SET due_on = $1 WHERE id = $2")
            .bind((today + Duration::days(offset)).to_string())
            .bind(card)
            .execute(db.write())
            .await
            .unwrap();
    }
    // Two centres' actions not closed: a day past their day (its manager is reminded) and
    // three days past (not today: weekly after the first day).
    let open: Vec<(i64, i64)> = sqlx::query_as(
        "SELECT a.id, c.manager_id FROM local_actions a JOIN centres c ON c.id = a.centre_id \
         WHERE a.state = 'published' AND c.manager_id IS NOT NULL ORDER BY a.id LIMIT 2",
    )
    .fetch_all(db.read())
    .await
    .unwrap();
    assert_eq!(open.len(), 2, "the demo has open actions");
    for ((action, _), offset) in open.iter().zip([-1, -3]) {
        sqlx::query("UPDATE local_actions SET held_on = $1 WHERE id = $2")
            .bind((today + Duration::days(offset)).to_string())
            .bind(action)
            .execute(db.write())
            .await
            .unwrap();
    }
    let due = reminders::due_today(db, days, stalled, today)
        .await
        .unwrap();
    let unclosed = |(action, manager): (i64, i64)| {
        due.iter().any(|r| {
            r.rule == ReminderRule::ActionUnclosed
                && r.object_id == action
                && r.user_id == manager
                && r.link == format!("/actions/{action}#close-h")
        })
    };
    assert!(unclosed(open[0]), "a day late: reminded");
    assert!(!unclosed(open[1]), "three days late: not today");
    let of = |card: i64| {
        due.iter()
            .find(|r| r.object_id == card && r.user_id == ngo && r.link.contains("/cards/"))
            .map(|r| r.rule)
    };
    assert_eq!(of(cards[0]), Some(ReminderRule::TaskTomorrow));
    assert_eq!(of(cards[1]), Some(ReminderRule::TaskOverdue));
    assert_eq!(of(cards[2]), None);
    // The demo has organisations waiting and proposals at committees: officials and chairs
    // are reminded of some of them on some day; the rule decides which day.
    let given = reminders::run(db, days, stalled, now).await.unwrap();
    assert_eq!(given, due.len());
    assert_eq!(
        scalar(db, "SELECT COUNT(*) FROM reminders_sent").await,
        due.len() as i64
    );
    let told = scalar(
        db,
        "SELECT COUNT(*) FROM notifications WHERE kind IN ('reminder_due', 'reminder_waiting')",
    )
    .await;
    assert_eq!(told, due.len() as i64);
    // Again the same day, after a restart: nothing new.
    assert_eq!(
        reminders::run(db, days, stalled, now + 3_600_000)
            .await
            .unwrap(),
        0
    );
    // At night nothing is given, not even the next day's.
    assert_eq!(
        reminders::run(db, days, stalled, night(1)).await.unwrap(),
        0
    );
    // Two instances on the next day at once give each reminder once between them.
    let (tomorrow, later) = morning(1);
    let expected = reminders::due_today(db, days, stalled, tomorrow)
        .await
        .unwrap()
        .len();
    let (a, b) = tokio::join!(
        reminders::run(db, days, stalled, later),
        reminders::run(db, days, stalled, later + 1),
    );
    let (a, b) = (a.unwrap_or(0), b.unwrap_or(0));
    assert_eq!(a + b, expected, "each reminder once across instances");
    let day = tomorrow.to_string();
    let distinct = scalar(
        db,
        &format!("SELECT COUNT(*) FROM reminders_sent WHERE day = '{day}'"),
    )
    .await;
    assert_eq!(distinct, expected as i64);
}

async fn digests_once_per_period(db: &Db) {
    let official = user_id(db, "official").await;
    sqlx::query("UPDATE users SET digest = 'daily', email = 'official@example.org' WHERE id = $1")
        .bind(official)
        .execute(db.write())
        .await
        .unwrap();
    let before = scalar(
        db,
        "SELECT COUNT(*) FROM outbox WHERE notification_id IS NULL",
    )
    .await;
    let stalled = Default::default();
    assert_eq!(
        digests::run(db, stalled, night(0), "").await.unwrap(),
        0,
        "not at night"
    );
    let (_, now) = morning(0);
    assert_eq!(
        digests::run(db, stalled, now, "https://t.example")
            .await
            .unwrap(),
        1
    );
    assert_eq!(
        digests::run(db, stalled, now + 60_000, "").await.unwrap(),
        0,
        "once a day"
    );
    let (subject, body): (String, String) = sqlx::query_as(
        "SELECT subject, body FROM outbox WHERE notification_id IS NULL ORDER BY id DESC",
    )
    .fetch_one(db.read())
    .await
    .unwrap();
    assert_eq!(
        scalar(
            db,
            "SELECT COUNT(*) FROM outbox WHERE notification_id IS NULL"
        )
        .await,
        before + 1
    );
    assert!(subject.contains("خلاصهٔ روزانه"), "{subject}");
    // The official's groups with links to act on them.
    assert!(body.contains("سازمان‌های منتظر تأیید"), "{body}");
    assert!(body.contains("https://t.example/organisations/"), "{body}");
}

/// A fake SMS gateway: records each message's text, answers 500 while `down`.
#[derive(Clone, Default)]
struct Fake {
    texts: Arc<Mutex<Vec<(String, String)>>>,
    down: Arc<Mutex<bool>>,
}

async fn fake_send(
    State(fake): State<Fake>,
    Query(q): Query<HashMap<String, String>>,
) -> StatusCode {
    if *fake.down.lock().unwrap() {
        return StatusCode::INTERNAL_SERVER_ERROR;
    }
    let to = q.get("to").cloned().unwrap_or_default();
    let text = q.get("text").cloned().unwrap_or_default();
    assert_eq!(q.get("key").map(String::as_str), Some("s3cret/key"));
    assert_eq!(q.get("from").map(String::as_str), Some("3000123"));
    fake.texts.lock().unwrap().push((to, text));
    StatusCode::OK
}

async fn start_fake() -> (Fake, String) {
    let fake = Fake::default();
    let router = axum::Router::new()
        .route("/send", get(fake_send))
        .with_state(fake.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
    (
        fake,
        format!("http://{addr}/send?to={{to}}&text={{text}}&from={{sender}}&key={{key}}"),
    )
}

async fn text_messages(db: &Db) {
    let (fake, url) = start_fake().await;
    let gateway = Gateway::new(SmsConfig {
        url,
        body: None,
        key: SecretString::from("s3cret/key"),
        sender: "3000123".into(),
    })
    .unwrap();
    let ngo_id = user_id(db, "ngo").await;
    let user = users::find(db.read(), ngo_id).await.unwrap().unwrap();
    let ngo = load_actor(db, &user).await.unwrap();

    // A bad number is refused beside the field; a good one in Persian digits gets a code.
    assert!(matches!(
        sms_settings::request_code(db, &ngo, "۰۲۱۱۲۳۴۵۶۷۸").await,
        Err(AppError::Invalid(e)) if e.get("mobile") == Some(FieldIssue::MobileFormat)
    ));
    sms_settings::request_code(db, &ngo, "۰۹۱۲ ۱۲۳ ۴۵۶۷")
        .await
        .unwrap();
    assert!(matches!(
        sms_settings::request_code(db, &ngo, "09121234567").await,
        Err(AppError::Invalid(e)) if matches!(e.get("mobile"), Some(FieldIssue::TooSoon(_)))
    ));
    // The code goes out even at night: the person is waiting for it.
    assert_eq!(deliver_due(db, &gateway, None, night(1)).await, 1);
    let (to, text) = fake.texts.lock().unwrap().last().cloned().unwrap();
    assert_eq!(to, "09121234567");
    let code: String = text.chars().filter(char::is_ascii_digit).collect();
    assert_eq!(code.len(), 6, "{text}");
    // Nothing goes to a number not yet proven; a wrong code is refused; the right one proves it.
    assert!(!sms_settings::settings(db, &ngo).await.unwrap().verified);
    let wrong = if code == "000000" { "111111" } else { "000000" };
    assert!(matches!(
        sms_settings::verify(db, &ngo, wrong).await,
        Err(AppError::Invalid(e)) if e.get("code") == Some(FieldIssue::WrongCode)
    ));
    let persian_code = app::domain::digits::to_persian_digits(&code);
    sms_settings::verify(db, &ngo, &persian_code).await.unwrap();
    assert!(sms_settings::settings(db, &ngo).await.unwrap().verified);

    // An event: queued as a text message, held at night, retried after the gateway fails.
    let tell = |kind: &'static str| async move {
        let mut tx = db.write().begin().await.unwrap();
        let n = NewNotification {
            kind,
            subject: "کتابخانه <b>کودکان</b>",
            detail: "revision_requested",
            note: "",
            link: "/proposals/1",
            actor_id: None,
            now: 1,
        };
        notify(&mut tx, &[ngo_id], &n).await.unwrap();
        tx.commit().await.unwrap();
    };
    tell("proposal_moved").await;
    assert_eq!(
        deliver_due(db, &gateway, None, night(1)).await,
        0,
        "not at night"
    );
    let (_, day) = morning(1);
    *fake.down.lock().unwrap() = true;
    assert_eq!(deliver_due(db, &gateway, None, day).await, 0);
    let (attempts, error): (i64, String) = sqlx::query_as(
        "SELECT attempts, last_error FROM sms_outbox WHERE notification_id IS NOT NULL",
    )
    .fetch_one(db.read())
    .await
    .unwrap();
    assert_eq!(attempts, 1);
    assert!(
        error.contains("500") && !error.contains("s3cret"),
        "{error}"
    );
    *fake.down.lock().unwrap() = false;
    assert_eq!(
        deliver_due(db, &gateway, None, day + 1000).await,
        0,
        "waits before retrying"
    );
    assert_eq!(deliver_due(db, &gateway, None, day + 61_000).await, 1);
    let (_, text) = fake.texts.lock().unwrap().last().cloned().unwrap();
    assert!(
        text.contains("کتابخانه <b>کودکان</b>") && text.contains("/proposals/1"),
        "{text}"
    );

    // Opting out of a kind by SMS: no more text messages of it.
    sms_settings::save_kinds(db, &ngo, &["mention".into()])
        .await
        .unwrap();
    let before = scalar(db, "SELECT COUNT(*) FROM sms_outbox").await;
    tell("proposal_moved").await;
    assert_eq!(scalar(db, "SELECT COUNT(*) FROM sms_outbox").await, before);
    tell("mention").await;
    assert_eq!(
        scalar(db, "SELECT COUNT(*) FROM sms_outbox").await,
        before + 1
    );
}

async fn meetings_in_calendars(app: &TestApp) {
    let db = &app.db;
    // Published demo minutes carry their numbers, one after another per committee.
    let numbers: Vec<(i64, Option<i64>)> = sqlx::query_as(
        "SELECT committee_id, number FROM meetings WHERE published_at IS NOT NULL \
         ORDER BY committee_id, published_at, id",
    )
    .fetch_all(db.read())
    .await
    .unwrap();
    assert!(!numbers.is_empty());
    let mut last: HashMap<i64, i64> = HashMap::new();
    for (committee, number) in numbers {
        let n = number.expect("published minutes have a number");
        assert_eq!(n, last.get(&committee).copied().unwrap_or(0) + 1);
        last.insert(committee, n);
    }

    let (id, held_on, starts_at): (i64, String, String) =
        sqlx::query_as("SELECT id, held_on, starts_at FROM meetings ORDER BY id LIMIT 1")
            .fetch_one(db.read())
            .await
            .unwrap();
    let path = format!("/meetings/{id}/invitation.ics");
    let visitor = app.browser();
    let (status, _) = app.page(&visitor, &path).await;
    assert_eq!(status, 401);
    // Someone with no seat on the committee may not read its meeting.
    let outsider = app.signed_in_demo("agency").await;
    let (status, _) = app.page(&outsider, &path).await;
    assert_eq!(status, 403);
    let chair = app.signed_in_demo("chair").await;
    let response = chair
        .get(format!("{}{path}", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert!(response.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/calendar"));
    let ics = response.text().await.unwrap();
    assert!(
        ics.contains("BEGIN:VEVENT") && ics.contains("END:VCALENDAR"),
        "{ics}"
    );
    // Typed in Iran's clock, given in UTC: three and a half hours earlier.
    let local = NaiveDate::parse_from_str(&held_on, "%Y-%m-%d")
        .unwrap()
        .and_time(NaiveTime::parse_from_str(&starts_at, "%H:%M").unwrap());
    let utc = local - Duration::minutes(210);
    let stamp = format!("DTSTART:{}", utc.format("%Y%m%dT%H%M%SZ"));
    assert!(ics.contains(&stamp), "{stamp} in {ics}");
}
