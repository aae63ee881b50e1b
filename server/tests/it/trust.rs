//! Trust, over HTTP on SQLite and PostgreSQL: redirects stay on this site, cross-site and odd
//! bodies are refused, caches keep nothing personal, sign-in throttling slows guessing without
//! locking the owner out, exports keep text as text, uploads refuse pixel bombs and foreign
//! reports, names lose bidirectional overrides, and pages answer with honest status codes.
use crate::common;

use app::server::db::test_support::fresh_urls;
use common::TestApp;
use reqwest::{Client, StatusCode};
use std::time::Duration;

async fn each_database(test: impl AsyncFn(TestApp)) {
    for db in fresh_urls().await {
        eprintln!("on {}", db.name);
        let app = TestApp::spawn(&db.url).await;
        server::demo::seed_if_empty(&app.db).await.unwrap();
        test(app).await;
    }
}

fn location(response: &reqwest::Response) -> String {
    response
        .headers()
        .get("location")
        .map(|v| v.to_str().unwrap().to_string())
        .unwrap_or_default()
}

/// Known ways to smuggle another host into a "local" target.
const BYPASSES: &[&str] = &[
    "/\t/evil.example/phish",
    "//evil.example",
    "/\\evil.example",
    "/%2F/evil.example",
    "/%5Cevil.example",
    "https://evil.example/",
    "javascript:alert(1)",
    "/\r\n/evil.example",
    "\u{FF0F}\u{FF0F}evil.example",
];

#[tokio::test]
async fn redirect_targets_stay_on_this_site() {
    each_database(async |app| {
        for bad in BYPASSES {
            let client = app.browser();
            let form = [
                ("username", "ngo"),
                ("password", server::demo::DEMO_PASSWORD),
                ("next", *bad),
            ];
            let signed_in = app.post(&client, "/api/login", &form).await;
            assert_eq!(location(&signed_in), "/", "login next {bad:?}");
            let lang = app
                .post(&client, "/lang", &[("locale", "en"), ("next", bad)])
                .await;
            assert_eq!(lang.status(), StatusCode::SEE_OTHER);
            assert_eq!(location(&lang), "/", "lang next {bad:?}");
        }
        let client = app.browser();
        let kept = app
            .post(
                &client,
                "/lang",
                &[("locale", "en"), ("next", "/proposals?q=a")],
            )
            .await;
        assert_eq!(location(&kept), "/proposals?q=a");

        // A form sent without JavaScript returns to its Referer only when it is ours.
        let foreign = app
            .no_js_post(
                &client,
                "/api/register",
                "http://evil.example/register",
                &[("username", "x"), ("display_name", "")],
            )
            .send()
            .await
            .unwrap();
        let to = location(&foreign);
        assert!(to.starts_with("/?form="), "{to}");
        app.db.close().await;
    })
    .await;
}

#[tokio::test]
async fn cross_site_requests_and_foreign_bodies_are_refused() {
    each_database(async |app| {
        let client = app.browser();
        let logout = |origin: Option<&str>, fetch_site: Option<&str>, body: Option<&str>| {
            let mut request = client.post(format!("{}/api/logout", app.base));
            if let Some(origin) = origin {
                request = request.header("Origin", origin);
            }
            if let Some(site) = fetch_site {
                request = request.header("Sec-Fetch-Site", site);
            }
            match body {
                Some(kind) => request.header("Content-Type", kind).body(""),
                None => request.form(&[("a", "b")]),
            }
            .send()
        };
        let https_ours = app.base.replace("http://", "https://");
        for (origin, site, why) in [
            (
                Some("https://evil.example"),
                Some("same-origin"),
                "a foreign Origin",
            ),
            (None, None, "neither header"),
            (
                Some(https_ours.as_str()),
                None,
                "our host over another scheme",
            ),
            (None, Some("same-site"), "a sibling site"),
            (Some("null"), None, "an opaque origin"),
        ] {
            let answer = logout(origin, site, None).await.unwrap();
            assert_eq!(answer.status(), StatusCode::FORBIDDEN, "{why}");
        }
        let plain = logout(Some(&app.base), None, Some("text/plain"))
            .await
            .unwrap();
        assert_eq!(plain.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE);
        let ours = logout(Some(&app.base), None, None).await.unwrap();
        assert!(ours.status().is_success() || ours.status().is_redirection());
        let fetch_only = logout(None, Some("same-origin"), None).await.unwrap();
        assert!(fetch_only.status().is_success() || fetch_only.status().is_redirection());
        app.db.close().await;
    })
    .await;

    // Behind an https address the page policy is the same as over plain http.
    let db = fresh_urls().await.remove(0);
    let https = TestApp::spawn_with(&db.url, |config| {
        config.public_origin = Some("https://tavana.example.ir".into());
    })
    .await;
    let plain_db = fresh_urls().await.remove(0);
    let plain = TestApp::spawn(&plain_db.url).await;
    for app in [&https, &plain] {
        let home = app
            .browser()
            .get(format!("{}/", app.base))
            .send()
            .await
            .unwrap();
        let csp = home.headers()["content-security-policy"].to_str().unwrap();
        for part in [
            "frame-ancestors 'none'",
            "form-action 'self'",
            "base-uri 'self'",
        ] {
            assert!(csp.contains(part), "{csp}");
        }
    }
}

#[tokio::test]
async fn caches_keep_nothing_personal_and_no_errors() {
    each_database(async |app| {
        let visitor = app.browser();
        let official = app.signed_in_demo("official").await;
        let cache = |response: &reqwest::Response| {
            response.headers()["cache-control"]
                .to_str()
                .unwrap()
                .to_string()
        };
        let cases: [(&Client, &str, StatusCode, &str); 12] = [
            (&visitor, "/", StatusCode::OK, "no-store"),
            (
                &visitor,
                "/export/projects.xlsx",
                StatusCode::UNAUTHORIZED,
                "no-store",
            ),
            (
                &official,
                "/export/projects.xlsx",
                StatusCode::OK,
                "no-store",
            ),
            (
                &official,
                "/export/projects.csv",
                StatusCode::OK,
                "no-store",
            ),
            (
                &official,
                "/export/nothing.csv",
                StatusCode::NOT_FOUND,
                "no-store",
            ),
            (
                &visitor,
                "/pkg/missing.wasm",
                StatusCode::NOT_FOUND,
                "no-store",
            ),
            (
                &visitor,
                "/fonts/missing.0a1b2c3d4e.woff2",
                StatusCode::NOT_FOUND,
                "no-store",
            ),
            (
                &visitor,
                "/fonts/test.0a1b2c3d4e.woff2",
                StatusCode::OK,
                "public, max-age=31536000, immutable",
            ),
            (
                &visitor,
                "/favicon.svg",
                StatusCode::OK,
                "public, max-age=86400",
            ),
            (
                &visitor,
                "/documents/424242",
                StatusCode::NOT_FOUND,
                "no-store",
            ),
            (
                &visitor,
                "/organisations/424242/logo",
                StatusCode::NOT_FOUND,
                "no-store",
            ),
            (&visitor, "/dashboard", StatusCode::UNAUTHORIZED, "no-store"),
        ];
        for (client, path, status, expected) in cases {
            let answer = client
                .get(format!("{}{path}", app.base))
                .send()
                .await
                .unwrap();
            assert_eq!(answer.status(), status, "{path}");
            assert_eq!(cache(&answer), expected, "{path} {status}");
        }
        let api = app.post(&visitor, "/api/current_user", &[]).await;
        assert_eq!(cache(&api), "no-store");
        app.db.close().await;
    })
    .await;
}

/// A sign-in from a given client address (the test app trusts `X-Forwarded-For`).
async fn sign_in_from(
    app: &TestApp,
    client: &str,
    username: &str,
    password: &str,
) -> reqwest::Response {
    app.browser()
        .post(format!("{}/api/login", app.base))
        .header("Origin", &app.base)
        .header("X-Forwarded-For", client)
        .form(&[
            ("username", username),
            ("password", password),
            ("next", "/"),
        ])
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn sign_in_throttling_slows_guessing_but_lets_the_owner_in() {
    for db in fresh_urls().await {
        eprintln!("on {}", db.name);
        let app = TestApp::spawn_with(&db.url, |config| {
            config.settings.trust_forwarded_for = true;
            config.settings.login_max_per_account = 3;
            config.settings.login_max_per_client = 6;
        })
        .await;
        server::demo::seed_if_empty(&app.db).await.unwrap();
        let right = server::demo::DEMO_PASSWORD;

        // One client, many accounts: refused after six failures, with the time to wait.
        for i in 0..6 {
            let wrong =
                sign_in_from(&app, "10.0.0.1", &format!("ngo{}", i + 1), "guess guess").await;
            assert_eq!(wrong.status(), StatusCode::UNPROCESSABLE_ENTITY);
        }
        let limited = sign_in_from(&app, "10.0.0.1", "official", right).await;
        assert_eq!(limited.status(), StatusCode::TOO_MANY_REQUESTS);
        let wait: u64 = limited.headers()["retry-after"]
            .to_str()
            .unwrap()
            .parse()
            .unwrap();
        assert!(wait >= 60, "{wait}");
        let body: serde_json::Value = limited.json().await.unwrap();
        assert!(
            body["Invalid"]["issues"][0]["issue"]["RateLimited"]
                .as_u64()
                .unwrap()
                >= 1
        );

        // One client, one account: refused after three; the owner elsewhere still gets in.
        for _ in 0..3 {
            sign_in_from(&app, "10.0.0.2", "chair", "guess guess").await;
        }
        let pair = sign_in_from(&app, "10.0.0.2", "chair", right).await;
        assert_eq!(pair.status(), StatusCode::TOO_MANY_REQUESTS);
        let owner = sign_in_from(&app, "10.9.9.9", "chair", right).await;
        assert_eq!(
            owner.status(),
            StatusCode::OK,
            "the owner is not locked out"
        );

        // Many clients, one account: nobody is refused for the account, answers slow down.
        for i in 0..5 {
            let wrong = sign_in_from(&app, &format!("10.0.1.{i}"), "official", "guess guess").await;
            assert_eq!(wrong.status(), StatusCode::UNPROCESSABLE_ENTITY);
        }
        let started = std::time::Instant::now();
        let owner = sign_in_from(&app, "10.9.9.8", "official", right).await;
        assert_eq!(owner.status(), StatusCode::OK, "the owner gets in");
        assert!(
            started.elapsed() >= Duration::from_millis(1500),
            "but later"
        );
        app.db.close().await;
    }
}

#[tokio::test]
async fn the_volunteers_export_shows_contacts_only_to_their_intermediary() {
    each_database(async |app| {
        let csv_of = async |who: Option<&str>| {
            let client = match who {
                Some(name) => app.signed_in_demo(name).await,
                None => app.browser(),
            };
            client
                .get(format!("{}/export/volunteers.csv", app.base))
                .send()
                .await
                .unwrap()
        };
        assert_eq!(csv_of(None).await.status(), StatusCode::UNAUTHORIZED);
        assert_eq!(csv_of(Some("agency")).await.status(), StatusCode::FORBIDDEN);
        assert_eq!(
            csv_of(Some("volunteer7")).await.status(),
            StatusCode::FORBIDDEN
        );
        // `ngo` represents the first intermediary: its own volunteers in full, no one else's.
        let own = csv_of(Some("ngo")).await.text().await.unwrap();
        let mobiles: Vec<String> = sqlx::query_scalar(
            "SELECT v.mobile FROM volunteers v JOIN organisation_representatives r \
               ON r.organisation_id = v.intermediary_id JOIN users u ON u.id = r.user_id \
             WHERE u.username = 'ngo'",
        )
        .fetch_all(app.db.read())
        .await
        .unwrap();
        assert!(!mobiles.is_empty());
        assert_eq!(
            own.lines().count(),
            mobiles.len() + 1,
            "one row per volunteer of its own"
        );
        assert!(mobiles.iter().all(|m| own.contains(m.as_str())));
        // A centre's manager: the volunteers it accepted, with their numbers, codes cut.
        let at_centre = csv_of(Some("centre1")).await.text().await.unwrap();
        let placed: Vec<(String, String)> = sqlx::query_as(
            "SELECT DISTINCT v.mobile, v.national_code FROM volunteers v \
             JOIN placements p ON p.volunteer_id = v.id AND p.state = 'accepted' \
             JOIN centre_requests r ON r.id = p.request_id JOIN centres c ON c.id = r.centre_id \
             JOIN users u ON u.id = c.manager_id WHERE u.username = 'centre1'",
        )
        .fetch_all(app.db.read())
        .await
        .unwrap();
        assert!(!placed.is_empty());
        assert_eq!(at_centre.lines().count(), placed.len() + 1, "{at_centre}");
        for (mobile, code) in &placed {
            assert!(at_centre.contains(mobile.as_str()) && !at_centre.contains(code.as_str()));
        }
        // Officials: every volunteer, no mobile, names as initials, codes cut to two digits.
        let all = csv_of(Some("official")).await.text().await.unwrap();
        let total: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM volunteers")
            .fetch_one(app.db.read())
            .await
            .unwrap();
        assert_eq!(all.lines().count() as i64, total + 1);
        // Which drive brought whom: each demo drive is named on its volunteers' rows.
        let drives: Vec<(String, i64)> = sqlx::query_as(
            "SELECT d.name, COUNT(v.id) FROM volunteer_drives d \
             JOIN volunteers v ON v.drive_id = d.id GROUP BY d.name",
        )
        .fetch_all(app.db.read())
        .await
        .unwrap();
        assert_eq!(drives.len(), 2, "two demo drives brought volunteers");
        for (name, n) in drives {
            assert_eq!(all.matches(name.as_str()).count() as i64, n, "{name}");
        }
        let contacts: Vec<(String, String)> =
            sqlx::query_as("SELECT mobile, national_code FROM volunteers")
                .fetch_all(app.db.read())
                .await
                .unwrap();
        for (mobile, code) in contacts {
            assert!(
                !all.contains(&mobile) && !all.contains(&code),
                "{mobile} {code}"
            );
        }
    })
    .await;
}

#[tokio::test]
async fn exports_keep_text_as_text() {
    each_database(async |app| {
        let org: i64 =
            sqlx::query_scalar("SELECT MIN(id) FROM organisations WHERE status = 'verified'")
                .fetch_one(app.db.read())
                .await
                .unwrap();
        let formula = "=HYPERLINK(\"http://evil.example\",\"x\")";
        sqlx::query(
            "UPDATE organisations SET name = $1, phone = $2, registration_no = $3 WHERE id = $4",
        )
        .bind(formula)
        .bind("+989121234567")
        .bind("123456789012345678")
        .bind(org)
        .execute(app.db.write())
        .await
        .unwrap();
        let official = app.signed_in_demo("official").await;
        app.post(&official, "/lang", &[("locale", "en"), ("next", "/")])
            .await;
        let get = |path: String| official.get(format!("{}{path}", app.base)).send();
        for name in [
            "committees",
            "organisations",
            "capacities",
            "proposals",
            "projects",
            "follow-up",
            "volunteers",
        ] {
            for ext in ["csv", "xlsx"] {
                let answer = get(format!("/export/{name}.{ext}")).await.unwrap();
                assert_eq!(answer.status(), StatusCode::OK, "{name}.{ext}");
                let disposition = answer.headers()["content-disposition"]
                    .to_str()
                    .unwrap()
                    .to_string();
                assert!(
                    disposition.contains(&format!("{name}-14"))
                        && disposition.ends_with(&format!(".{ext}\"")),
                    "{disposition}"
                );
                let bytes = answer.bytes().await.unwrap().to_vec();
                let headers: Vec<String> = if ext == "csv" {
                    let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
                    text.lines()
                        .next()
                        .unwrap()
                        .split(',')
                        .map(String::from)
                        .collect()
                } else {
                    use calamine::{Reader, Xlsx};
                    let mut book: Xlsx<_> = Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
                    let range = book.worksheet_range(name).unwrap();
                    range
                        .rows()
                        .next()
                        .unwrap()
                        .iter()
                        .map(|c| c.to_string())
                        .collect()
                };
                // Field names, never a form's hint.
                for header in &headers {
                    let hint = ["empty", "e.g.", "leave"]
                        .iter()
                        .any(|h| header.contains(h));
                    assert!(!hint && !header.is_empty(), "{name}: {header}");
                }
            }
        }
        let csv = get("/export/organisations.csv".into())
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        let row = csv.lines().find(|l| l.contains("HYPERLINK")).unwrap();
        assert!(row.starts_with("\"'=HYPERLINK"), "{row}");
        assert!(row.contains(",'+989121234567,"), "{row}");
        assert!(row.contains(",123456789012345678,"), "{row}");

        use calamine::{Data, Reader, Xlsx};
        let bytes = get("/export/organisations.xlsx".into())
            .await
            .unwrap()
            .bytes()
            .await
            .unwrap();
        let mut book: Xlsx<_> = Xlsx::new(std::io::Cursor::new(bytes.to_vec())).unwrap();
        let range = book.worksheet_range("organisations").unwrap();
        let row = range
            .rows()
            .find(|r| r[0] == Data::String(formula.into()))
            .expect("the name is a string cell, not a formula");
        assert_eq!(
            row[5],
            Data::String("+989121234567".into()),
            "the phone keeps its +"
        );
        assert_eq!(
            row[3],
            Data::String("123456789012345678".into()),
            "all digits kept"
        );
        assert!(
            matches!(row[9], Data::Float(_)),
            "counts are numbers: {:?}",
            row[9]
        );
        let formulas = book.worksheet_formula("organisations").unwrap();
        assert!(
            formulas.used_cells().all(|(_, _, f)| f.is_empty()),
            "no formulas at all"
        );
        app.db.close().await;
    })
    .await;
}

/// A PNG's signature and header claiming `width` × `height` pixels (a decompression bomb needs
/// no more than that to look like one).
fn png(width: u32, height: u32) -> Vec<u8> {
    let mut bytes = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    bytes.extend(width.to_be_bytes());
    bytes.extend(height.to_be_bytes());
    bytes.extend(b"\x08\x02\0\0\0");
    bytes
}

async fn upload(
    app: &TestApp,
    client: &Client,
    path: &str,
    field: &'static str,
    name: &str,
    bytes: Vec<u8>,
) -> reqwest::Response {
    let part = reqwest::multipart::Part::bytes(bytes).file_name(name.to_string());
    client
        .post(format!("{}{path}", app.base))
        .header("Origin", &app.base)
        .multipart(reqwest::multipart::Form::new().part(field, part))
        .send()
        .await
        .unwrap()
}

async fn scalar_i64(app: &TestApp, sql: &str) -> i64 {
    sqlx::query_scalar(sql)
        .fetch_one(app.db.read())
        .await
        .unwrap()
}

async fn scalar_text(app: &TestApp, sql: &str) -> String {
    sqlx::query_scalar(sql)
        .fetch_one(app.db.read())
        .await
        .unwrap()
}

#[tokio::test]
async fn uploads_refuse_pixel_bombs_and_reports_of_others() {
    each_database(async |app| {
        // A report the lead agency wrote on a project the `ngo` account's organisation partners.
        let ngo_orgs = "SELECT r.organisation_id FROM organisation_representatives r \
                        JOIN users u ON u.id = r.user_id WHERE u.username = 'ngo'";
        let (project, report, lead_org): (i64, i64, i64) = sqlx::query_as(&format!(
            "SELECT u.project_id, u.id, u.organisation_id FROM progress_updates u \
             JOIN projects p ON p.id = u.project_id \
             JOIN project_partners pp ON pp.project_id = p.id \
             WHERE u.organisation_id = p.lead_organisation_id \
               AND pp.organisation_id IN ({ngo_orgs}) \
               AND u.organisation_id NOT IN ({ngo_orgs}) \
             ORDER BY u.id LIMIT 1"
        ))
        .fetch_one(app.db.read())
        .await
        .expect("a lead's report on a project the ngo partners");
        let lead = scalar_text(
            &app,
            &format!(
                "SELECT u.username FROM users u JOIN organisation_representatives r ON r.user_id = u.id \
                 WHERE r.organisation_id = {lead_org} ORDER BY u.id LIMIT 1"
            ),
        )
        .await;
        let path = format!("/projects/{project}/updates/{report}/photo");
        let partner = app.signed_in_demo("ngo").await;
        let refused = upload(&app, &partner, &path, "photo", "p.png", png(2, 2)).await;
        assert_eq!(refused.status(), StatusCode::FORBIDDEN, "a partner replaces no lead's photo");
        let lead = app.signed_in_demo(&lead).await;
        let bomb = upload(&app, &lead, &path, "photo", "p.png", png(20_000, 20_000)).await;
        assert!(location(&bomb).contains("photo_error=too_many_pixels"), "{}", location(&bomb));
        let fine = upload(&app, &lead, &path, "photo", "p.png", png(2, 2)).await;
        assert_eq!(location(&fine), format!("/projects/{project}#journey-h"));
        let official = app.signed_in_demo("official").await;
        let by_official = upload(&app, &official, &path, "photo", "p.png", png(3, 3)).await;
        assert_eq!(location(&by_official), format!("/projects/{project}#journey-h"));

        // The logo and a proposal's document refuse the bomb beside their field too.
        let org = scalar_i64(&app, &format!("SELECT MIN(organisation_id) FROM ({ngo_orgs}) o")).await;
        let ngo = app.signed_in_demo("ngo").await;
        let logo = upload(&app, &ngo, &format!("/organisations/{org}/logo"), "logo", "l.png", png(20_000, 20_000)).await;
        assert!(location(&logo).contains("logo_error=too_many_pixels"), "{}", location(&logo));
        let draft = scalar_i64(
            &app,
            &format!("SELECT MIN(id) FROM proposals WHERE status = 'draft' AND organisation_id IN ({ngo_orgs})"),
        )
        .await;
        let document = upload(&app, &ngo, &format!("/proposals/{draft}/documents"), "document", "d.png", png(20_000, 20_000)).await;
        assert!(location(&document).contains("document_error=too_many_pixels"), "{}", location(&document));

        // A name that reverses what follows it loses the override; Persian joiners stay.
        let spoof = upload(&app, &ngo, &format!("/proposals/{draft}/documents"), "document", "a\u{202E}gnp.pdf", b"%PDF-1.4\n%%EOF".to_vec()).await;
        assert!(location(&spoof).ends_with("#documents-h"), "{}", location(&spoof));
        let stored = scalar_text(&app, &format!("SELECT file_name FROM proposal_documents WHERE proposal_id = {draft} ORDER BY id DESC LIMIT 1")).await;
        assert_eq!(stored, "agnp.pdf");
        let submitted = scalar_i64(&app, "SELECT MIN(id) FROM proposals WHERE status <> 'draft'").await;
        let comment = "می\u{200C}خواهم \u{202E}txt.exe".to_string();
        let posted = app.post(&official, "/api/add_comment", &[("id", &submitted.to_string()), ("body", &comment)]).await;
        assert!(posted.status().is_success(), "{}", posted.status());
        let body = scalar_text(&app, &format!("SELECT body FROM proposal_comments WHERE proposal_id = {submitted} ORDER BY id DESC LIMIT 1")).await;
        assert_eq!(body, "می\u{200C}خواهم txt.exe");
        app.db.close().await;
    })
    .await;
}

/// Status, and whether the page has its own heading.
async fn status_of(app: &TestApp, client: &Client, path: &str) -> (StatusCode, String) {
    let (status, html) = app.page(client, path).await;
    assert!(html.contains("<h1"), "{path} has a heading");
    (status, html)
}

#[tokio::test]
async fn pages_answer_with_honest_status_codes() {
    each_database(async |app| {
        let visitor = app.browser();
        for path in ["/account", "/boards", "/follow-up", "/dashboard", "/admin/users", "/admin/outbox", "/proposals", "/proposals/1", "/notifications", "/projects/new", "/working-groups/1/board"] {
            let (status, html) = status_of(&app, &visitor, path).await;
            assert_eq!(status, StatusCode::UNAUTHORIZED, "{path}");
            let next = format!("/login?next={}", path.replace('/', "%2F"));
            assert!(html.contains(&next), "{path}: a sign-in link back here");
            assert!(!html.contains("/export/"), "{path}: no controls for a visitor");
        }
        let ngo = app.signed_in_demo("ngo").await;
        for path in ["/dashboard", "/follow-up", "/admin/users", "/projects/new", "/committees/new"] {
            assert_eq!(status_of(&app, &ngo, path).await.0, StatusCode::FORBIDDEN, "ngo {path}");
        }
        // A board of a committee the ngo account does not sit on.
        let foreign_board = scalar_i64(
            &app,
            "SELECT MIN(w.id) FROM working_groups w WHERE w.committee_id NOT IN ( \
               SELECT m.committee_id FROM memberships m WHERE m.person_id IN ( \
                 SELECT p.id FROM people p JOIN users u ON u.id = p.user_id WHERE u.username = 'ngo') \
               OR m.organisation_id IN (SELECT r.organisation_id FROM organisation_representatives r \
                 JOIN users u ON u.id = r.user_id WHERE u.username = 'ngo'))",
        )
        .await;
        assert_eq!(
            status_of(&app, &ngo, &format!("/working-groups/{foreign_board}/board")).await.0,
            StatusCode::FORBIDDEN
        );
        let official = app.signed_in_demo("official").await;
        assert_eq!(status_of(&app, &official, "/admin/users").await.0, StatusCode::FORBIDDEN);
        for path in ["/proposals/424242", "/projects/424242", "/meetings/424242", "/organisations/424242", "/no/such/page"] {
            assert_eq!(status_of(&app, &official, path).await.0, StatusCode::NOT_FOUND, "{path}");
        }
        let published = scalar_i64(&app, "SELECT MIN(id) FROM meetings WHERE published_at IS NOT NULL").await;
        let (status, html) = status_of(&app, &official, &format!("/meetings/{published}/edit")).await;
        assert_eq!(status, StatusCode::CONFLICT);
        assert!(html.contains(&format!("href=\"/meetings/{published}\"")), "leads back to the meeting");
        app.db.close().await;
    })
    .await;
}
