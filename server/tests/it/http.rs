//! Black-box tests: the real router on port 0 with a fresh database, driven over HTTP, on
//! SQLite and (when configured) PostgreSQL.
use crate::common;

use app::server::db::test_support::fresh_urls;
use common::TestApp;
use reqwest::{Client, StatusCode};

/// The field issues of a server function's validation failure.
fn issues(answer: &serde_json::Value) -> &serde_json::Value {
    &answer["Invalid"]["issues"]
}

async fn each_database(test: impl AsyncFn(TestApp)) {
    for db in fresh_urls().await {
        eprintln!("on {}", db.name);
        test(TestApp::spawn(&db.url).await).await;
    }
}

#[tokio::test]
async fn register_sign_in_session_and_sign_out() {
    each_database(async |app| {
        let browser = app.browser();
        assert_eq!(app.current_user(&browser).await, serde_json::Value::Null);

        let registered = app.register(&browser, "sara").await;
        assert_eq!(registered.status(), StatusCode::OK);
        assert_eq!(registered.headers()["location"], "/");
        let cookie = registered.headers()["set-cookie"]
            .to_str()
            .unwrap()
            .to_string();
        assert!(
            cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"),
            "{cookie}"
        );
        assert_eq!(app.current_user(&browser).await["username"], "sara");

        // The session survives further requests, then ends on sign-out.
        assert_eq!(app.current_user(&browser).await["role"], "Member");
        app.post(&browser, "/api/logout", &[]).await;
        assert_eq!(app.current_user(&browser).await, serde_json::Value::Null);

        // Sign in again: a new session id is issued.
        let signed_in = app
            .post(
                &browser,
                "/api/login",
                &[
                    ("username", "SARA"),
                    ("password", "a long password"),
                    ("next", "/account"),
                ],
            )
            .await;
        assert_eq!(signed_in.headers()["location"], "/account");
        assert!(
            signed_in.headers().get("set-cookie").is_some(),
            "sign-in issues a fresh session cookie"
        );
        assert_eq!(
            app.current_user(&browser).await["display_name"],
            "Sara Ahmadi"
        );
        // An off-site `next` is never followed.
        let evil = app
            .post(
                &browser,
                "/api/login",
                &[
                    ("username", "sara"),
                    ("password", "a long password"),
                    ("next", "//evil.example"),
                ],
            )
            .await;
        assert_eq!(evil.headers()["location"], "/");
        app.db.close().await;
    })
    .await;
}

#[tokio::test]
async fn bad_input_gets_field_messages_not_errors() {
    each_database(async |app| {
        let browser = app.browser();
        let form = [
            ("username", "a b"),
            ("display_name", ""),
            ("email", "no-at"),
            ("password", "short"),
            ("password_confirm", "other"),
        ];
        let answer = app.post(&browser, "/api/register", &form).await;
        assert_eq!(answer.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let answer: serde_json::Value = answer.json().await.unwrap();
        let kept = answer["Invalid"]["kept"].to_string();
        assert!(kept.contains("no-at"), "typed values come back: {kept}");
        assert!(!kept.contains("short"), "passwords never come back: {kept}");
        let fields: Vec<&str> = issues(&answer)
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["field"].as_str().unwrap())
            .collect();
        assert_eq!(
            fields,
            [
                "username",
                "display_name",
                "email",
                "password",
                "password_confirm"
            ]
        );

        app.register(&browser, "taken").await;
        let again: serde_json::Value = app
            .register(&app.browser(), "taken")
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(issues(&again)[0]["issue"], "UsernameTaken");

        // Wrong types never produce a 500.
        let bad = app
            .post(
                &browser,
                "/api/set_account_role",
                &[("user_id", "not-a-number"), ("role", "admin")],
            )
            .await;
        assert_eq!(bad.status(), StatusCode::BAD_REQUEST);
        app.db.close().await;
    })
    .await;
}

#[tokio::test]
async fn wrong_password_and_rate_limit() {
    each_database(async |app| {
        let browser = app.browser();
        app.register(&browser, "omid").await;
        app.post(&browser, "/api/logout", &[]).await;
        let wrong = app.login(&browser, "omid", "not the password").await;
        assert_eq!(issues(&wrong)[0]["issue"], "WrongCredentials");
        let unknown = app.login(&browser, "nobody", "whatever it is").await;
        assert_eq!(
            issues(&unknown)[0]["issue"],
            "WrongCredentials",
            "unknown accounts look the same"
        );
        for _ in 0..4 {
            app.login(&browser, "omid", "not the password").await;
        }
        let limited = app.login(&browser, "omid", "a long password").await;
        assert!(
            issues(&limited)[0]["issue"]["RateLimited"]
                .as_u64()
                .unwrap()
                >= 1,
            "{limited}"
        );
        assert_eq!(app.current_user(&browser).await, serde_json::Value::Null);
        app.db.close().await;
    })
    .await;
}

#[tokio::test]
async fn admin_pages_refuse_others_and_disabled_accounts_cannot_sign_in() {
    each_database(async |app| {
        // The first admin comes from the command line's helper.
        let admin = app.browser();
        let input = app::server::accounts::Registration {
            username: "root".into(),
            display_name: "Admin".into(),
            email: String::new(),
            password: secrecy::SecretString::from("admin password 1"),
            password_confirm: secrecy::SecretString::from("admin password 1"),
        };
        app::server::accounts::create_account(
            &app.db,
            input,
            app::domain::roles::Role::Admin,
            None,
        )
        .await
        .unwrap()
        .unwrap();
        app.login(&admin, "root", "admin password 1").await;

        let member = app.browser();
        app.register(&member, "neda").await;
        let neda_id = app.current_user(&member).await["id"]
            .as_i64()
            .unwrap()
            .to_string();

        let visitor = app.browser();
        let listed = app
            .post(
                &visitor,
                "/api/list_accounts",
                &[("query", ""), ("page", "1")],
            )
            .await;
        assert_eq!(listed.status(), StatusCode::UNAUTHORIZED);
        let listed = app
            .post(
                &member,
                "/api/list_accounts",
                &[("query", ""), ("page", "1")],
            )
            .await;
        assert_eq!(listed.status(), StatusCode::FORBIDDEN);
        let promote = app
            .post(
                &member,
                "/api/set_account_role",
                &[("user_id", &neda_id), ("role", "admin")],
            )
            .await;
        assert_eq!(
            promote.status(),
            StatusCode::FORBIDDEN,
            "a member cannot promote themselves"
        );

        let page: serde_json::Value = app
            .post(
                &admin,
                "/api/list_accounts",
                &[("query", "ned"), ("page", "1")],
            )
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(page["total"], 1);
        assert_eq!(page["rows"][0]["username"], "neda");

        let disabled = app
            .post(
                &admin,
                "/api/set_account_disabled",
                &[("user_id", &neda_id), ("disabled", "true")],
            )
            .await;
        assert_eq!(disabled.status(), StatusCode::OK);
        assert_eq!(
            app.current_user(&member).await,
            serde_json::Value::Null,
            "the session ended"
        );
        let again = app.login(&app.browser(), "neda", "a long password").await;
        assert_eq!(issues(&again)[0]["issue"], "AccountDisabled");
        app.db.close().await;
    })
    .await;
}

#[tokio::test]
async fn cross_site_posts_are_refused_and_headers_are_set() {
    each_database(async |app| {
        let client = app.browser();
        let cross = client
            .post(format!("{}/api/login", app.base))
            .header("Origin", "http://evil.example")
            .form(&[("username", "a"), ("password", "b"), ("next", "/")])
            .send()
            .await
            .unwrap();
        assert_eq!(cross.status(), StatusCode::FORBIDDEN);
        let fetch_meta = client
            .post(format!("{}/api/logout", app.base))
            .header("Sec-Fetch-Site", "cross-site")
            .send()
            .await
            .unwrap();
        assert_eq!(fetch_meta.status(), StatusCode::FORBIDDEN);

        let home = client.get(format!("{}/", app.base)).send().await.unwrap();
        assert_eq!(home.status(), StatusCode::OK);
        let h = home.headers();
        let csp = h["content-security-policy"].to_str().unwrap();
        assert!(
            csp.contains("frame-ancestors 'none'") && csp.contains("'nonce-"),
            "{csp}"
        );
        assert_eq!(h["x-content-type-options"], "nosniff");
        assert_eq!(h["cache-control"], "no-store");
        assert!(h.get("referrer-policy").is_some());
        let html = home.text().await.unwrap();
        assert!(
            html.contains(r#"<html lang="fa" dir="rtl">"#),
            "Persian by default"
        );

        let missing = client
            .get(format!("{}/no-such-page", app.base))
            .send()
            .await
            .unwrap();
        assert_eq!(missing.status(), StatusCode::NOT_FOUND);

        let health = client
            .get(format!("{}/healthz", app.base))
            .send()
            .await
            .unwrap();
        assert_eq!(health.status(), StatusCode::OK);
        app.db.close().await;
    })
    .await;
}

/// Static files answered while pages render must not take the pages' headers: each page keeps
/// its own nonce-bearing policy (without it the page's scripts are blocked and it never
/// hydrates) and its language cookie (sent back, as a browser does, once it has one).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pages_keep_their_own_headers_while_files_are_served() {
    let db = fresh_urls().await.remove(0);
    let app = TestApp::spawn(&db.url).await;
    let client = app.browser();
    let favicon = client
        .get(format!("{}/favicon.svg", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(favicon.status(), StatusCode::OK);
    let page = |path: &'static str| {
        let (client, base) = (client.clone(), app.base.clone());
        async move {
            let answer = client
                .get(format!("{base}{path}"))
                .header("Cookie", "i18n_pref_locale=fa")
                .send()
                .await
                .unwrap();
            let header = |name: &str| {
                answer
                    .headers()
                    .get(name)
                    .and_then(|v| v.to_str().ok())
                    .unwrap_or_default()
                    .to_string()
            };
            (
                path,
                header("content-security-policy"),
                header("set-cookie"),
            )
        }
    };
    let mut calls = Vec::new();
    for _ in 0..100 {
        calls.push(tokio::spawn(page("/favicon.svg")));
        calls.push(tokio::spawn(page("/committees")));
    }
    let mut pages = 0;
    for call in calls {
        let (path, csp, cookie) = call.await.unwrap();
        if path == "/committees" {
            pages += 1;
            assert!(csp.contains("'nonce-"), "a page lost its policy: {csp}");
            assert!(
                cookie.contains("i18n_pref_locale"),
                "a page lost its cookie"
            );
        }
    }
    assert_eq!(pages, 100);
    app.db.close().await;
}

#[tokio::test]
async fn language_switch_sets_the_cookie_and_renders_english() {
    each_database(async |app| {
        let client = app.browser();
        let switched = app
            .post(&client, "/lang", &[("locale", "en"), ("next", "/login")])
            .await;
        assert_eq!(switched.status(), StatusCode::SEE_OTHER);
        assert_eq!(switched.headers()["location"], "/login");
        let html = client
            .get(format!("{}/login", app.base))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(
            html.contains(r#"<html lang="en" dir="ltr">"#),
            "English after the switch"
        );
        let bad = app
            .post(&client, "/lang", &[("locale", "xx"), ("next", "/")])
            .await;
        assert_eq!(bad.status(), StatusCode::BAD_REQUEST);
        app.db.close().await;
    })
    .await;
}

#[tokio::test]
async fn without_javascript_a_failed_form_comes_back_filled_with_its_messages() {
    each_database(async |app| {
        let browser = app.browser();
        let english = app
            .post(
                &browser,
                "/lang",
                &[("locale", "en"), ("next", "/register")],
            )
            .await;
        assert_eq!(english.status(), StatusCode::SEE_OTHER);
        let form_page = format!("{}/register", app.base);
        let posted = app
            .no_js_post(
                &browser,
                "/api/register",
                &form_page,
                &[
                    ("username", "x"),
                    ("display_name", "سارا احمدی"),
                    ("email", "sara@example.org"),
                    ("password", "secret-typed-here"),
                    ("password_confirm", "something else"),
                ],
            )
            .send()
            .await
            .unwrap();
        assert_eq!(posted.status(), StatusCode::FOUND);
        let location = posted.headers()["location"].to_str().unwrap().to_string();
        // The address holds only a one-time key: nothing typed, no error to craft.
        assert!(location.starts_with("/register?form="), "{location}");
        assert!(
            !location.contains("__err") && !location.contains("sara"),
            "{location}"
        );

        // Someone else following the same address sees an empty form.
        let stranger = Client::new()
            .get(format!("{}{location}", app.base))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(!stranger.contains("sara@example.org"));

        let html = browser
            .get(format!("{}{location}", app.base))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(html.contains("characters are needed."), "{html}");
        assert!(html.contains("The two passwords differ."));
        assert!(html.contains(r#"value="sara@example.org""#), "email kept");
        assert!(html.contains("سارا احمدی"), "name kept");
        assert!(!html.contains("secret-typed-here"));
        app.db.close().await;
    })
    .await;
}

#[tokio::test]
async fn directory_changes_are_refused_through_the_server_functions() {
    each_database(async |app| {
        let input = app::server::accounts::Registration {
            username: "clerk".into(),
            display_name: "Clerk".into(),
            email: String::new(),
            password: secrecy::SecretString::from("official password"),
            password_confirm: secrecy::SecretString::from("official password"),
        };
        app::server::accounts::create_account(
            &app.db,
            input,
            app::domain::roles::Role::Official,
            None,
        )
        .await
        .unwrap()
        .unwrap();
        let official = app.browser();
        app.login(&official, "clerk", "official password").await;
        let member = app.browser();
        app.register(&member, "omid").await;
        let visitor = app.browser();

        let committee = [
            ("name", "کمیته آزمون"),
            ("dimension", "social"),
            ("mandate", ""),
        ];
        let refused = app.post(&member, "/api/create_committee", &committee).await;
        assert_eq!(refused.status(), StatusCode::FORBIDDEN);
        let refused = app
            .post(&visitor, "/api/create_committee", &committee)
            .await;
        assert_eq!(refused.status(), StatusCode::UNAUTHORIZED);
        let created = app
            .post(&official, "/api/create_committee", &committee)
            .await;
        assert_eq!(created.status(), StatusCode::OK);
        let location = created.headers()["location"].to_str().unwrap().to_string();
        let committee_id = location.trim_start_matches("/committees/").to_string();

        // The member registers an organisation; they may not verify it themselves.
        let org = [
            ("kind", "ngo"),
            ("name", "انجمن آزمون"),
            ("registration_no", "۹۹۸۸"),
            ("dim_social", "on"),
            ("address", ""),
            ("phone", ""),
            ("email", ""),
            ("website", ""),
            ("description", ""),
        ];
        let registered = app.post(&member, "/api/register_organisation", &org).await;
        assert_eq!(registered.status(), StatusCode::OK);
        let org_id = registered.headers()["location"]
            .to_str()
            .unwrap()
            .trim_start_matches("/organisations/")
            .to_string();
        let decide = [
            ("id", org_id.as_str()),
            ("decision", "verify"),
            ("reason", ""),
        ];
        let refused = app.post(&member, "/api/decide_organisation", &decide).await;
        assert_eq!(refused.status(), StatusCode::FORBIDDEN);
        let pending_page = visitor
            .get(format!("{}/organisations/{org_id}", app.base))
            .send()
            .await
            .unwrap();
        assert_eq!(pending_page.status(), StatusCode::NOT_FOUND);
        let verified = app
            .post(&official, "/api/decide_organisation", &decide)
            .await;
        assert_eq!(verified.status(), StatusCode::OK);

        // Seating members and finding candidates are for officials only.
        let seat = [
            ("committee_id", committee_id.as_str()),
            ("member", &format!("org:{org_id}")),
            ("role", "chair"),
            ("since", "1403/01/01"),
            ("until", ""),
        ];
        let refused = app.post(&member, "/api/add_membership", &seat).await;
        assert_eq!(refused.status(), StatusCode::FORBIDDEN);
        let refused = app
            .post(&member, "/api/find_members", &[("query", "آزمون")])
            .await;
        assert_eq!(refused.status(), StatusCode::FORBIDDEN);
        let seated = app.post(&official, "/api/add_membership", &seat).await;
        assert_eq!(seated.status(), StatusCode::OK);
        let again = app.post(&official, "/api/add_membership", &seat).await;
        assert_eq!(
            again.status(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "one chair at a time"
        );
        let found: serde_json::Value = app
            .post(&official, "/api/find_members", &[("query", "آزمون")])
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(found[0]["value"], format!("org:{org_id}"));

        // The member's NGO now chairs: they may create working groups (lists arrive as
        // repeated `name[]` fields, as a plain form sends them), but not edit the committee.
        let group = |places: &'static str| {
            vec![
                ("committee_id", committee_id.clone()),
                ("name", "کارگروه آزمون".to_string()),
                ("kind", "thematic".to_string()),
                ("description", String::new()),
                ("neighbourhoods[]", places.to_string()),
            ]
        };
        let post_owned =
            |client: &Client, path: &'static str, form: Vec<(&'static str, String)>| {
                client
                    .post(format!("{}{path}", app.base))
                    .header("Origin", &app.base)
                    .form(&form)
                    .send()
            };
        let unknown_place = post_owned(&member, "/api/save_working_group", group("424242"))
            .await
            .unwrap();
        assert_eq!(unknown_place.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let mut no_places = group("");
        no_places.pop();
        let saved = post_owned(&member, "/api/save_working_group", no_places.clone())
            .await
            .unwrap();
        assert_eq!(saved.status(), StatusCode::OK);
        assert!(saved.headers()["location"]
            .to_str()
            .unwrap()
            .starts_with("/working-groups/"));
        let refused = post_owned(&visitor, "/api/save_working_group", no_places)
            .await
            .unwrap();
        assert_eq!(refused.status(), StatusCode::UNAUTHORIZED);
        let edit = [
            ("id", committee_id.as_str()),
            ("version", "1"),
            ("name", "کمیته دیگر"),
            ("dimension", "social"),
            ("mandate", ""),
            ("status", "dissolved"),
        ];
        let refused = app.post(&member, "/api/update_committee", &edit).await;
        assert_eq!(refused.status(), StatusCode::FORBIDDEN);

        // The logo: recognised by its bytes, not its name; only the organisation's
        // representatives and officials change it; everyone who sees the organisation sees it.
        let logo_path = format!("/organisations/{org_id}/logo");
        let upload = |client: &Client, name: &'static str, bytes: Vec<u8>| {
            let part = reqwest::multipart::Part::bytes(bytes).file_name(name);
            client
                .post(format!("{}{logo_path}", app.base))
                .header("Origin", &app.base)
                .multipart(reqwest::multipart::Form::new().part("logo", part))
                .send()
        };
        // A PNG's signature and header (1 × 1 pixels): enough to be recognised and measured.
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x02\0\0\0".to_vec();
        let pdf_named_png = upload(&member, "logo.png", b"%PDF-1.7 not an image".to_vec())
            .await
            .unwrap();
        assert_eq!(pdf_named_png.status(), StatusCode::SEE_OTHER);
        assert!(pdf_named_png.headers()["location"]
            .to_str()
            .unwrap()
            .contains("logo_error=not_image"));
        let outsider = app.browser();
        app.register(&outsider, "stranger").await;
        let refused = upload(&outsider, "logo.png", png.clone()).await.unwrap();
        assert_eq!(refused.status(), StatusCode::FORBIDDEN);
        let stored = upload(&member, "anything.bin", png.clone()).await.unwrap();
        assert_eq!(stored.status(), StatusCode::SEE_OTHER);
        let served = visitor
            .get(format!("{}{logo_path}", app.base))
            .send()
            .await
            .unwrap();
        assert_eq!(served.status(), StatusCode::OK);
        assert_eq!(served.headers()["content-type"], "image/png");
        assert_eq!(served.bytes().await.unwrap().to_vec(), png);

        // Exports: officials only, Persian headers, Excel-friendly CSV, Jalali dates.
        let get = |client: &Client, path: &str| client.get(format!("{}{path}", app.base)).send();
        assert_eq!(
            get(&visitor, "/export/committees.csv")
                .await
                .unwrap()
                .status(),
            StatusCode::UNAUTHORIZED
        );
        assert_eq!(
            get(&member, "/export/committees.csv")
                .await
                .unwrap()
                .status(),
            StatusCode::FORBIDDEN
        );
        let csv = get(&official, "/export/committees.csv").await.unwrap();
        assert_eq!(csv.status(), StatusCode::OK);
        let bytes = csv.bytes().await.unwrap();
        assert!(bytes.starts_with(b"\xEF\xBB\xBF"));
        let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
        assert!(text.starts_with("کمیته‌ها,"), "{text}");
        assert!(
            text.contains("انجمن آزمون") && text.contains("1403/01/01"),
            "{text}"
        );
        let xlsx = get(&official, "/export/organisations.xlsx").await.unwrap();
        assert_eq!(xlsx.status(), StatusCode::OK);
        assert!(xlsx.bytes().await.unwrap().starts_with(b"PK"));
        assert_eq!(
            get(&official, "/export/secrets.csv")
                .await
                .unwrap()
                .status(),
            StatusCode::NOT_FOUND
        );

        // A proposal through the plain form (lists as repeated `name[]`), then its document:
        // checked by content, refused across sites, served only to those who see the draft.
        let draft = vec![
            ("organisation_id", org_id.clone()),
            ("title", "طرح آزمون از راه فرم".to_string()),
            ("summary", String::new()),
            ("dimension", "social".to_string()),
            ("objectives", String::new()),
            ("beneficiaries", String::new()),
            ("groups[]", "children".to_string()),
            ("groups[]", "elderly".to_string()),
            ("activities", String::new()),
            ("duration_months", String::new()),
            ("budget_rials", "۲٬۵۰۰٬۰۰۰".to_string()),
            ("then", "draft".to_string()),
        ];
        let saved = post_owned(&member, "/api/save_proposal", draft)
            .await
            .unwrap();
        assert_eq!(saved.status(), StatusCode::OK);
        let proposal = saved.headers()["location"].to_str().unwrap().to_string();
        assert!(proposal.starts_with("/proposals/"), "{proposal}");
        let attach = |client: &Client, origin: &str, bytes: &'static [u8]| {
            let part = reqwest::multipart::Part::bytes(bytes).file_name("plan.pdf");
            client
                .post(format!("{}{proposal}/documents", app.base))
                .header("Origin", origin)
                .multipart(reqwest::multipart::Form::new().part("document", part))
                .send()
        };
        let fake = attach(&member, &app.base, b"plain text named plan.pdf")
            .await
            .unwrap();
        assert_eq!(fake.status(), StatusCode::SEE_OTHER);
        assert!(fake.headers()["location"]
            .to_str()
            .unwrap()
            .contains("document_error=not_document"));
        let cross_site = attach(&member, "https://evil.example", b"%PDF-1.4\n%%EOF")
            .await
            .unwrap();
        assert_eq!(cross_site.status(), StatusCode::FORBIDDEN);
        let stored = attach(&member, &app.base, b"%PDF-1.4\n%%EOF")
            .await
            .unwrap();
        assert_eq!(stored.status(), StatusCode::SEE_OTHER);
        let id = proposal.trim_start_matches("/proposals/").to_string();
        let page: serde_json::Value = app
            .post(&member, "/api/get_proposal", &[("id", id.as_str())])
            .await
            .json()
            .await
            .unwrap();
        let document = format!("/documents/{}", page["documents"][0]["id"]);
        assert_eq!(page["card"]["budget_rials"], 2_500_000);
        for (client, status) in [
            (&outsider, StatusCode::NOT_FOUND),
            (&official, StatusCode::NOT_FOUND),
            (&visitor, StatusCode::UNAUTHORIZED),
        ] {
            assert_eq!(get(client, &document).await.unwrap().status(), status);
        }
        let served = get(&member, &document).await.unwrap();
        assert_eq!(served.status(), StatusCode::OK);
        assert_eq!(served.headers()["cache-control"], "no-store");
        assert!(served.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .starts_with("attachment"));

        // A report's photo: a visitor may not attach one; a missing photo is not found.
        let part =
            reqwest::multipart::Part::bytes(b"\x89PNG\r\n\x1a\n".as_slice()).file_name("a.png");
        let anonymous = visitor
            .post(format!("{}/projects/1/updates/1/photo", app.base))
            .header("Origin", &app.base)
            .multipart(reqwest::multipart::Form::new().part("photo", part))
            .send()
            .await
            .unwrap();
        assert_eq!(anonymous.status(), StatusCode::UNAUTHORIZED);
        assert_eq!(
            get(&visitor, "/photos/424242").await.unwrap().status(),
            StatusCode::NOT_FOUND
        );
        app.db.close().await;
    })
    .await;
}
