//! Email: what a notification queues (address present, not opted out), the outbox admins read,
//! and delivery marking messages sent or failed — on SQLite and PostgreSQL, with lettre's stub
//! transport standing in for the SMTP server.
use app::api::AppError;
use app::domain::permissions::Actor;
use app::domain::roles::Role;
use app::domain::validation::FieldIssue;
use app::server::accounts::{create_account, Registration};
use app::server::auth::caller::load_actor;
use app::server::db::notifications::{notify, NewNotification};
use app::server::db::test_support::fresh_databases;
use app::server::db::Db;
use app::server::email;
use lettre::message::Mailbox;
use lettre::transport::stub::AsyncStubTransport;
use secrecy::SecretString;
use server::mail::{deliver_due, MAX_ATTEMPTS};

async fn person(db: &Db, username: &str, email: &str, role: Role) -> Actor {
    let input = Registration {
        username: username.into(),
        display_name: format!("{username} name"),
        email: email.into(),
        password: SecretString::from("long enough password"),
        password_confirm: SecretString::from("long enough password"),
    };
    let user = create_account(db, input, role, None)
        .await
        .unwrap()
        .unwrap();
    load_actor(db, &user).await.unwrap()
}

fn choices<'a>(
    address: &'a str,
    kinds: &'a [String],
    locale: &'a str,
    digest: &'a str,
) -> email::EmailChoices<'a> {
    email::EmailChoices {
        address,
        kinds,
        locale,
        digest,
    }
}

async fn tell(db: &Db, to: &[i64], kind: &str, actor: i64) {
    let mut tx = db.write().begin().await.unwrap();
    let n = NewNotification {
        kind,
        subject: "Library for the children of Zourabad",
        detail: "approved",
        note: "Add the library's opening hours.",
        link: "/proposals/7",
        actor_id: Some(actor),
        now: 1_000,
    };
    notify(&mut tx, to, &n).await.unwrap();
    tx.commit().await.unwrap();
}

#[tokio::test]
async fn email_on_every_database() {
    for (backend, db) in fresh_databases().await {
        story(&db).await;
        eprintln!("email passed on {backend}");
        db.close().await;
    }
}

async fn story(db: &Db) {
    let admin = person(db, "admin", "", Role::Admin).await;
    let official = person(db, "official", "official@example.org", Role::Official).await;
    let ngo = person(db, "ngo", "ngo@example.org", Role::Member).await;
    let silent = person(db, "silent", "", Role::Member).await;

    // Settings: a bad address is refused beside the field; the kinds not chosen are opted out.
    assert!(matches!(
        email::save(db, &ngo, choices("not an address", &[], "", "")).await,
        Err(AppError::Invalid(e)) if e.get("email") == Some(FieldIssue::EmailFormat)
    ));
    assert!(matches!(
        email::save(db, &ngo, choices("ngo@example.org", &[], "de", "hourly")).await,
        Err(AppError::Invalid(e)) if e.get("locale") == Some(FieldIssue::InvalidChoice)
            && e.get("digest") == Some(FieldIssue::InvalidChoice)
    ));
    let moved = ["proposal_moved".to_string()];
    email::save(db, &ngo, choices("ngo@example.org", &moved, "en", "weekly"))
        .await
        .unwrap();
    let settings = email::settings(db, &ngo).await.unwrap();
    assert_eq!(settings.address, "ngo@example.org");
    assert_eq!(
        (settings.locale.as_str(), settings.digest.as_str()),
        ("en", "weekly")
    );
    let on: Vec<&str> = settings
        .kinds
        .iter()
        .filter(|(_, on)| *on)
        .map(|(k, _)| k.as_str())
        .collect();
    assert_eq!(on, ["proposal_moved"]);

    // A move queues one email (the person without an address gets only the notification);
    // a comment queues none, since the NGO opted out of comments.
    tell(
        db,
        &[ngo.user_id, silent.user_id],
        "proposal_moved",
        official.user_id,
    )
    .await;
    tell(db, &[ngo.user_id], "proposal_comment", official.user_id).await;
    let page = email::outbox(db, Some(&admin), 1, false, None)
        .await
        .unwrap();
    assert_eq!(page.total, 1);
    let queued = &page.rows[0];
    assert_eq!(queued.to_address, "ngo@example.org");
    assert!(queued.subject.contains("Library for the children"));
    assert!(queued.body.contains("/proposals/7"));
    // In the language the NGO chose, with the reason the official gave.
    assert!(queued.body.contains("In their words:"), "{}", queued.body);
    assert!(queued.body.contains("Add the library's opening hours."));
    assert!(queued.sent_at_ms.is_none());
    // Only admins read the outbox.
    assert_eq!(
        email::outbox(db, Some(&official), 1, false, None).await,
        Err(AppError::Forbidden)
    );
    assert_eq!(
        email::outbox(db, None, 1, false, None).await,
        Err(AppError::SignInRequired)
    );

    // Delivery: a failure is recorded and retried; success marks it sent, once.
    let from: Mailbox = "Tavana <no-reply@example.org>".parse().unwrap();
    let down = AsyncStubTransport::new_error();
    assert_eq!(deliver_due(db, &down, &from, None).await, 0);
    let failed = email::outbox(db, Some(&admin), 1, true, None)
        .await
        .unwrap();
    assert_eq!(failed.rows[0].attempts, 1);
    assert!(!failed.rows[0].last_error.is_empty());
    let up = AsyncStubTransport::new_ok();
    assert_eq!(
        deliver_due(db, &up, &from, Some("https://tavana.example.ir")).await,
        1
    );
    let messages = up.messages().await;
    assert_eq!(messages.len(), 1);
    assert_eq!(messages[0].0.to()[0].to_string(), "ngo@example.org");
    assert!(messages[0].1.contains("Content-Type: text/plain"));
    assert_eq!(deliver_due(db, &up, &from, None).await, 0, "nothing left");
    let sent = email::outbox(db, Some(&admin), 1, true, None)
        .await
        .unwrap();
    assert!(sent.rows[0].sent_at_ms.is_some());

    // A message that keeps failing is given up after the last attempt.
    tell(db, &[official.user_id], "project_status", ngo.user_id).await;
    for _ in 0..MAX_ATTEMPTS + 2 {
        deliver_due(db, &down, &from, None).await;
    }
    let given_up = email::outbox(db, Some(&admin), 1, true, None)
        .await
        .unwrap();
    assert_eq!(given_up.rows[0].attempts, MAX_ATTEMPTS);
}
