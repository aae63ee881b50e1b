//! No input answers with a server error. Every server function (found in `app/src/api`, with
//! its arguments and their types) gets bad inputs one argument at a time (empty, 100 KB, NUL,
//! invalid UTF-8, markup, huge and negative numbers, arrays for scalars, unknown ids) from a
//! visitor and from each kind of signed-in caller; the pages' query parameters get the same.
//! Any 5xx fails the test, and afterwards no stored text may be longer than the longest any
//! form takes (every text has a limit in its domain rule). On SQLite and PostgreSQL.
use crate::common;

use app::server::db::test_support::fresh_urls;
use app::server::db::Backend;
use common::TestApp;
use futures_util::{stream, StreamExt};
use reqwest::Client;

/// A server function and its arguments (name, type as written).
struct ServerFn {
    endpoint: String,
    args: Vec<(String, String)>,
}

/// The server functions, read from their sources: a new one is fuzzed without being listed.
fn server_fns() -> Vec<ServerFn> {
    fn files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                files(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let mut paths = Vec::new();
    files(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../app/src/api"),
        &mut paths,
    );
    let mut found = Vec::new();
    for path in paths {
        let source = std::fs::read_to_string(path).unwrap();
        let mut rest = source.as_str();
        while let Some(at) = rest.find("#[server(endpoint = \"") {
            rest = &rest[at + 21..];
            let endpoint = rest[..rest.find('"').unwrap()].to_string();
            let open = rest.find("pub async fn").unwrap();
            let signature = &rest[open..];
            let args_start = signature.find('(').unwrap() + 1;
            let args_end = signature.find(") ->").unwrap();
            let mut args = Vec::new();
            for part in signature[args_start..args_end].split(',') {
                let part = match part.rfind(']') {
                    Some(end) => &part[end + 1..],
                    None => part,
                };
                if let Some((name, kind)) = part.split_once(':') {
                    args.push((name.trim().to_string(), kind.trim().to_string()));
                }
            }
            found.push(ServerFn { endpoint, args });
        }
    }
    found
}

/// A value that passes for the type, so the other arguments' bad values are what is tried.
fn plain(kind: &str) -> Option<&'static str> {
    match kind {
        "i64" | "Option<i64>" => Some("1"),
        "bool" => Some("true"),
        k if k.starts_with("Vec<") => None,
        _ => Some("x"),
    }
}

/// Bad values for one argument: (how it is written in the body).
fn bad_values(name: &str, kind: &str) -> Vec<String> {
    let enc = |v: &str| form_urlencoded::byte_serialize(v.as_bytes()).collect::<String>();
    let big = "a".repeat(100_000);
    let persian_big = "س".repeat(50_000);
    let mut values: Vec<String> = vec![
        format!("{name}="),
        format!("{name}={}", enc(&big)),
        format!("{name}={}", enc(&persian_big)),
        format!("{name}=%00"),
        format!("{name}=%FF%FE%FD"),
        format!("{name}={}", enc("</textarea><b id=inj>")),
        format!("{name}=-1"),
        format!("{name}=99999999999999999999999"),
        format!("{name}=-9223372036854775808"),
        format!("{name}=424242424"),
        format!("{name}[]=a&{name}[]=b"),
        format!("{name}[x][y]=1"),
    ];
    if kind.starts_with("Vec<") {
        values.push(
            (0..2000)
                .map(|i| format!("{name}[]={i}"))
                .collect::<Vec<_>>()
                .join("&"),
        );
        values.push(format!("{name}[]={}", enc(&big)));
    }
    values
}

fn body(f: &ServerFn, bad: Option<(&str, &str)>) -> String {
    let mut parts = Vec::new();
    for (name, kind) in &f.args {
        match bad {
            Some((which, value)) if which == name => parts.push(value.to_string()),
            _ => {
                if let Some(v) = plain(kind) {
                    parts.push(format!("{name}={v}"));
                }
            }
        }
    }
    parts.join("&")
}

async fn post(app: &TestApp, client: &Client, endpoint: &str, body: Vec<u8>) -> (u16, String) {
    let answer = client
        .post(format!("{}/api/{endpoint}", app.base))
        .header("Origin", &app.base)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .body(body)
        .send()
        .await;
    match answer {
        Ok(answer) => (answer.status().as_u16(), String::new()),
        // A dropped connection is a panic in a handler.
        Err(error) => (599, format!("{error}")),
    }
}

/// Page addresses with hostile query values.
fn page_requests() -> Vec<String> {
    // As long as an address may be (a client refuses more than 64 KB).
    let long = "س".repeat(3_000) + &"a".repeat(40_000);
    let enc = |v: &str| form_urlencoded::byte_serialize(v.as_bytes()).collect::<String>();
    let values = [
        enc(&long),
        "99999999999999999999999".into(),
        "-9223372036854775808".into(),
        "%00".into(),
        "%FF".into(),
        enc("</title><b id=inj>"),
    ];
    let pages = [
        ("/search", &["q", "page"][..]),
        (
            "/organisations",
            &["q", "page", "kind", "dimension", "neighbourhood", "status"][..],
        ),
        ("/committees", &["q", "dimension", "sort"][..]),
        ("/neighbourhoods", &["q"][..]),
        ("/projects", &["page", "status", "neighbourhood"][..]),
        (
            "/proposals",
            &[
                "q",
                "page",
                "status",
                "dimension",
                "neighbourhood",
                "committee",
                "waiting",
                "sort",
            ][..],
        ),
        ("/capacities", &["kind", "neighbourhood"][..]),
        ("/admin/users", &["q", "page"][..]),
        ("/admin/outbox", &["page"][..]),
        ("/notifications", &["page"][..]),
        (
            "/working-groups/1/board",
            &["kind", "assignee", "neighbourhood", "q"][..],
        ),
        ("/meetings/new", &["committee", "group"][..]),
        ("/login", &["next"][..]),
    ];
    let mut out = Vec::new();
    for (path, params) in pages {
        for param in params {
            for value in &values {
                out.push(format!("{path}?{param}={value}"));
            }
        }
    }
    for id in ["99999999999999999999999", "-1", "%00", "abc"] {
        for path in [
            "/proposals/{}",
            "/projects/{}",
            "/organisations/{}",
            "/meetings/{}",
            "/working-groups/{}/board",
            "/people/{}/edit",
        ] {
            out.push(path.replace("{}", id));
        }
    }
    out
}

fn short(text: &str) -> String {
    text.chars().take(80).collect()
}

/// The longest text any form takes (a meeting's minutes).
const LONGEST_TEXT: i64 = 20_000;

async fn longest_stored_texts(app: &TestApp) -> Vec<(String, i64)> {
    let columns: Vec<(String, String)> = match app.db.backend() {
        Backend::Sqlite => sqlx::query_as(
            "SELECT m.name, p.name FROM sqlite_master m, pragma_table_info(m.name) p \
             WHERE m.type = 'table' AND p.type = 'TEXT' AND m.name NOT LIKE 'sqlite_%'",
        ),
        Backend::Postgres => sqlx::query_as(
            "SELECT table_name::text, column_name::text FROM information_schema.columns \
             WHERE table_schema = 'public' AND data_type = 'text'",
        ),
    }
    .fetch_all(app.db.read())
    .await
    .unwrap();
    let mut long = Vec::new();
    for (table, column) in columns {
        // Machine data: sessions hold the echo of forms, the audit log whole objects.
        if ["sessions", "audit_log", "_sqlx_migrations"].contains(&table.as_str()) {
            continue;
        }
        let longest: Option<i64> = sqlx::query_scalar(&format!(
            "SELECT CAST(MAX(LENGTH({column})) AS BIGINT) FROM {table}"
        ))
        .fetch_one(app.db.read())
        .await
        .unwrap();
        if let Some(n) = longest.filter(|n| *n > LONGEST_TEXT) {
            long.push((format!("{table}.{column}"), n));
        }
    }
    long
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_input_answers_with_a_server_error() {
    let functions = server_fns();
    assert!(
        functions.len() > 80,
        "the server functions were found: {}",
        functions.len()
    );
    for db in fresh_urls().await {
        eprintln!("on {}", db.name);
        let app = TestApp::spawn_with(&db.url, |config| {
            // Sign-in fuzzing must not lock the callers out of their own sessions.
            config.settings.login_max_per_account = 1_000_000;
            config.settings.login_max_per_client = 1_000_000;
        })
        .await;
        server::demo::seed_if_empty(&app.db).await.unwrap();
        let mut callers = vec![("visitor", app.browser())];
        for who in ["ngo", "agency", "chair", "official", "admin"] {
            callers.push((who, app.signed_in_demo(who).await));
        }
        let mut requests = Vec::new();
        for f in &functions {
            // Signing out would end the caller's session for the rest of the run.
            if f.endpoint == "logout" {
                continue;
            }
            requests.push((
                f.endpoint.clone(),
                body(f, None).into_bytes(),
                String::from("plain"),
            ));
            for (name, kind) in &f.args {
                for value in bad_values(name, kind) {
                    let what: String = value.chars().take(40).collect();
                    requests.push((
                        f.endpoint.clone(),
                        body(f, Some((name, &value))).into_bytes(),
                        what,
                    ));
                }
            }
            // Raw bytes that are not UTF-8 at all, and an empty body.
            requests.push((
                f.endpoint.clone(),
                vec![0xFF, 0xFE, b'=', 0xFD, 0],
                "not UTF-8".into(),
            ));
            requests.push((f.endpoint.clone(), Vec::new(), "empty".into()));
        }
        let mut sent = 0usize;
        let mut failures = Vec::new();
        for (who, client) in &callers {
            let answers: Vec<_> = stream::iter(requests.iter())
                .map(|(endpoint, body, what)| {
                    let app = &app;
                    async move {
                        let (status, error) = post(app, client, endpoint, body.clone()).await;
                        (endpoint, what, status, error)
                    }
                })
                .buffer_unordered(4)
                .collect()
                .await;
            sent += answers.len();
            for (endpoint, what, status, error) in answers {
                if status >= 500 {
                    failures.push(format!(
                        "{who} /api/{endpoint} {what}: {status} {}",
                        short(&error)
                    ));
                }
            }
            // The caller is still who they were (nothing in the run signed them out).
            if *who != "visitor" {
                let me = app.current_user(client).await;
                assert_eq!(me["username"], *who, "{who} is still signed in");
            }
        }
        let pages = page_requests();
        for (who, client) in [&callers[0], &callers[4]] {
            for path in &pages {
                let answer = client.get(format!("{}{path}", app.base)).send().await;
                sent += 1;
                match answer {
                    Ok(a) if a.status().is_server_error() => {
                        failures.push(format!("{who} GET {}: {}", short(path), a.status()))
                    }
                    Ok(_) => {}
                    Err(e) => failures.push(format!(
                        "{who} GET {}: {}",
                        short(path),
                        short(&e.to_string())
                    )),
                }
            }
        }
        eprintln!("{sent} requests, {} answered 5xx", failures.len());
        assert!(
            failures.is_empty(),
            "{} server errors:\n{}",
            failures.len(),
            failures.join("\n")
        );
        let long = longest_stored_texts(&app).await;
        assert!(long.is_empty(), "stored beyond any form's limit: {long:?}");
        app.db.close().await;
    }
}
