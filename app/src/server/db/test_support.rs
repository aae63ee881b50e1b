//! Fresh databases for tests: a new SQLite file, and a new PostgreSQL database when
//! `TAVANA_TEST_PG_URL` names a server (set `TAVANA_REQUIRE_PG=1` to make its absence an error,
//! as `make test` does, so PostgreSQL is never skipped silently).
use super::{prepare_sqlite_url, Db};
use sqlx::Connection;

pub struct TestDb {
    pub name: &'static str,
    pub url: String,
}

fn unique() -> String {
    format!("{}_{}", std::process::id(), rand::random::<u64>())
}

/// The database URLs every black-box test runs against.
pub async fn fresh_urls() -> Vec<TestDb> {
    let path = std::env::temp_dir().join(format!("tavana-test-{}.db", unique()));
    let mut urls = vec![TestDb {
        name: "sqlite",
        url: format!("sqlite://{}", path.display()),
    }];
    match std::env::var("TAVANA_TEST_PG_URL")
        .ok()
        .filter(|u| !u.is_empty())
    {
        Some(admin_url) => {
            sqlx::any::install_default_drivers();
            let name = format!("tavana_test_{}", unique());
            let mut admin = sqlx::AnyConnection::connect(&admin_url)
                .await
                .expect("connect to PostgreSQL");
            sqlx::query(&format!("CREATE DATABASE {name}"))
                .execute(&mut admin)
                .await
                .expect("create test database");
            let base = admin_url
                .rsplit_once('/')
                .map(|(b, _)| b)
                .unwrap_or(&admin_url);
            urls.push(TestDb {
                name: "postgres",
                url: format!("{base}/{name}"),
            });
        }
        None if std::env::var("TAVANA_REQUIRE_PG").is_ok_and(|v| v == "1") => {
            panic!("TAVANA_REQUIRE_PG=1 but TAVANA_TEST_PG_URL is not set")
        }
        None => {
            eprintln!("note: TAVANA_TEST_PG_URL is not set; PostgreSQL is not tested in this run")
        }
    }
    urls
}

/// Connected and migrated fresh databases.
pub async fn fresh_databases() -> Vec<(&'static str, Db)> {
    let mut dbs = Vec::new();
    for test_db in fresh_urls().await {
        let url = prepare_sqlite_url(&test_db.url).expect("sqlite path");
        let db = Db::connect(&url).await.expect("connect");
        db.migrate()
            .await
            .expect("migrations apply to an empty database");
        dbs.push((test_db.name, db));
    }
    dbs
}
