//! Conformance: the whole data layer, one story, run against SQLite and PostgreSQL.
#![cfg(feature = "ssr")]

use app::domain::normalize::{fold_for_search, like_pattern};
use app::domain::permissions::Actor;
use app::domain::roles::Role;
use app::server::accounts::{self, AccountError, Registration};
use app::server::db::test_support::fresh_databases;
use app::server::db::{audit, login_attempts, sessions, users, Db, DbError};
use app::server::now_ms;
use secrecy::SecretString;
use tower_sessions::session::{Id, Record};
use tower_sessions::session_store::SessionStore;

fn registration(username: &str, name: &str) -> Registration {
    Registration {
        username: username.into(),
        display_name: name.into(),
        email: String::new(),
        password: SecretString::from("long enough password"),
        password_confirm: SecretString::from("long enough password"),
    }
}

async fn create(db: &Db, username: &str, name: &str, role: Role) -> users::UserRow {
    accounts::create_account(db, registration(username, name), role, None)
        .await
        .unwrap()
        .unwrap()
}

#[tokio::test]
async fn data_layer_story_on_every_database() {
    for (backend, db) in fresh_databases().await {
        story(&db).await;
        eprintln!("data layer story passed on {backend}");
        db.close().await;
    }
}

async fn story(db: &Db) {
    // Accounts: create, unique usernames, look-ups.
    let admin = create(db, "admin", "مدیر سامانه", Role::Admin).await;
    let ali = create(db, "ali", "علی رضایی", Role::Member).await;
    assert_eq!(ali.role, "member");
    assert!(ali.password_hash.starts_with("$argon2id$"));
    let again = accounts::register(db, registration("ALI", "Someone"))
        .await
        .unwrap();
    assert!(again.is_err(), "usernames are unique, case-insensitively");
    let mut conn = db.write().acquire().await.unwrap();
    let dup = users::insert(
        &mut conn,
        users::NewUser {
            username: "ali",
            display_name: "x",
            search_text: "x",
            email: None,
            password_hash: "x",
            role: "member",
            now: now_ms(),
        },
    )
    .await;
    assert!(
        matches!(dup, Err(DbError::Conflict)),
        "unique violation maps to Conflict: {dup:?}"
    );
    drop(conn);
    assert_eq!(
        users::find_by_username(db.read(), "ali")
            .await
            .unwrap()
            .unwrap()
            .id,
        ali.id
    );
    assert!(users::find(db.read(), 999_999).await.unwrap().is_none());

    // Search folds Arabic letters, and pages are ordered and counted.
    for i in 0..25 {
        create(
            db,
            &format!("user{i:02}"),
            &format!("Member {i:02}"),
            Role::Member,
        )
        .await;
    }
    let arabic_query = like_pattern(&fold_for_search("علي"));
    let (found, total) = users::page(db.read(), Some(&arabic_query), 10, 0)
        .await
        .unwrap();
    assert_eq!((found.len(), total), (1, 1));
    assert_eq!(found[0].username, "ali");
    let (first, total) = users::page(db.read(), None, 20, 0).await.unwrap();
    let (second, _) = users::page(db.read(), None, 20, 20).await.unwrap();
    assert_eq!(total, 27);
    assert_eq!((first.len(), second.len()), (20, 7));
    let escaped = like_pattern("100%");
    assert_eq!(
        users::page(db.read(), Some(&escaped), 10, 0)
            .await
            .unwrap()
            .1,
        0
    );

    // Role change and disabling are permission-checked and audited.
    let admin_actor = Actor::new(admin.id, Role::Admin);
    let member_actor = Actor::new(ali.id, Role::Member);
    assert!(matches!(
        accounts::set_role(db, &member_actor, admin.id, Role::Member).await,
        Err(AccountError::Forbidden)
    ));
    assert!(matches!(
        accounts::set_role(db, &admin_actor, admin.id, Role::Member).await,
        Err(AccountError::Forbidden)
    ));
    assert!(matches!(
        accounts::set_role(db, &admin_actor, 999_999, Role::Official).await,
        Err(AccountError::NotFound)
    ));
    accounts::set_role(db, &admin_actor, ali.id, Role::Official)
        .await
        .unwrap();
    assert_eq!(
        users::find(db.read(), ali.id).await.unwrap().unwrap().role,
        "official"
    );

    // Sessions: save, load, expire, end all of an account's sessions on disable.
    let store = sessions::DbSessionStore::new(db.clone());
    let mut record = Record {
        id: Id::default(),
        data: [("uid".to_string(), serde_json::json!(ali.id))]
            .into_iter()
            .collect(),
        expiry_date: time::OffsetDateTime::now_utc() + time::Duration::hours(1),
    };
    store.create(&mut record).await.unwrap();
    assert_eq!(
        store.load(&record.id).await.unwrap().unwrap().data,
        record.data
    );
    record.data.insert("x".into(), serde_json::json!(1));
    store.save(&record).await.unwrap();
    assert_eq!(store.load(&record.id).await.unwrap().unwrap().data.len(), 2);
    assert_eq!(
        sessions::count_for_user(db, ali.id, now_ms())
            .await
            .unwrap(),
        1
    );
    let expired = Record {
        id: Id::default(),
        data: Default::default(),
        expiry_date: time::OffsetDateTime::now_utc() - time::Duration::minutes(1),
    };
    store.save(&expired).await.unwrap();
    assert!(
        store.load(&expired.id).await.unwrap().is_none(),
        "expired sessions do not load"
    );
    assert_eq!(sessions::delete_expired(db, now_ms()).await.unwrap(), 1);

    let before_version = users::find(db.read(), ali.id)
        .await
        .unwrap()
        .unwrap()
        .auth_version;
    accounts::set_disabled(db, &admin_actor, ali.id, true)
        .await
        .unwrap();
    let disabled = users::find(db.read(), ali.id).await.unwrap().unwrap();
    assert!(disabled.disabled_at.is_some());
    assert!(
        disabled.auth_version > before_version,
        "disabling invalidates sessions"
    );
    assert!(
        store.load(&record.id).await.unwrap().is_none(),
        "disabling deletes the sessions"
    );
    accounts::set_disabled(db, &admin_actor, ali.id, false)
        .await
        .unwrap();
    assert!(users::find(db.read(), ali.id)
        .await
        .unwrap()
        .unwrap()
        .disabled_at
        .is_none());

    // The audit log holds every change with before and after.
    let history = audit::history(db.read(), "account", &ali.id.to_string())
        .await
        .unwrap();
    let actions: Vec<_> = history.iter().map(|h| h.action.as_str()).collect();
    assert_eq!(
        actions,
        [
            "account.enable",
            "account.disable",
            "account.role",
            "account.create"
        ]
    );
    assert_eq!(history[2].actor_id, Some(admin.id));
    assert!(history[2]
        .before_json
        .as_deref()
        .unwrap()
        .contains("\"member\""));
    assert!(history[2]
        .after_json
        .as_deref()
        .unwrap()
        .contains("\"official\""));

    // Password change bumps the auth version and checks the current password.
    let official_actor = Actor::new(ali.id, Role::Official);
    let wrong = accounts::change_password(
        db,
        &official_actor,
        &ali,
        SecretString::from("not the password"),
        SecretString::from("another long password"),
        SecretString::from("another long password"),
    )
    .await
    .unwrap();
    assert!(wrong.is_err());
    let version = accounts::change_password(
        db,
        &official_actor,
        &ali,
        SecretString::from("long enough password"),
        SecretString::from("another long password"),
        SecretString::from("another long password"),
    )
    .await
    .unwrap()
    .unwrap();
    assert!(version > disabled.auth_version);

    // Sign-in failures are counted per account and client, per client and per account; a
    // success forgives only that client's failures on the account.
    let now = now_ms();
    let fail = |who: &'static str, client: &'static str| {
        login_attempts::record(db.write(), who, client, false, now)
    };
    for _ in 0..3 {
        fail("ali", "10.0.0.1").await.unwrap();
    }
    fail("bob", "10.0.0.1").await.unwrap();
    fail("ali", "10.0.0.3").await.unwrap();
    fail("ali", "10.0.0.3").await.unwrap();
    let failures = login_attempts::failures_since(db.read(), "ali", "10.0.0.1", now - 1000)
        .await
        .unwrap();
    assert_eq!(
        (failures.pair, failures.client, failures.account),
        (3, 4, 5)
    );
    assert_eq!(
        (failures.pair_oldest, failures.client_oldest),
        (Some(now), Some(now))
    );
    login_attempts::record(db.write(), "ali", "10.0.0.1", true, now)
        .await
        .unwrap();
    let failures = login_attempts::failures_since(db.read(), "ali", "10.0.0.1", now - 1000)
        .await
        .unwrap();
    assert_eq!(
        (failures.pair, failures.client, failures.account),
        (0, 1, 2)
    );
    assert_eq!(login_attempts::prune(db.write(), now + 1).await.unwrap(), 4);
}

#[tokio::test]
async fn concurrent_writers_never_see_database_locked() {
    for (backend, db) in fresh_databases().await {
        let admin = create(&db, "admin", "Admin", Role::Admin).await;
        let target = create(&db, "target", "Target", Role::Member).await;
        let actor = Actor::new(admin.id, Role::Admin);
        let mut tasks = Vec::new();
        for i in 0..40 {
            let (db, actor) = (db.clone(), actor.clone());
            let role = if i % 2 == 0 {
                Role::Official
            } else {
                Role::Member
            };
            tasks.push(tokio::spawn(async move {
                accounts::set_role(&db, &actor, target.id, role).await
            }));
        }
        for task in tasks {
            task.await
                .unwrap()
                .unwrap_or_else(|e| panic!("{backend}: concurrent write failed: {e}"));
        }
        let history = audit::history(db.read(), "account", &target.id.to_string())
            .await
            .unwrap();
        assert_eq!(history.len(), 41, "{backend}: every write was recorded");
        db.close().await;
    }
}
