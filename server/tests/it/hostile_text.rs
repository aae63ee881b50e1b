//! Every piece of user text is inert: a hostile string written into every free-text column of
//! every kind of object (behind the forms' backs, so nothing is cleaned on the way in), then
//! every kind of page that shows them fetched as a visitor and as each role, and parsed: no
//! element the string tried to create, no refresh, one intact `<title>`. Also through the
//! no-JavaScript echo of a failed form. On SQLite and PostgreSQL.
use crate::common;

use app::server::db::test_support::fresh_urls;
use app::server::db::Backend;
use common::TestApp;
use reqwest::{Client, StatusCode};
use scraper::{Html, Selector};
use std::sync::{Mutex, MutexGuard};

/// The tests here take turns. Each runs its own single-threaded runtime; when one runtime shut
/// down while the other was rendering, a render now and then waited forever (never seen with one
/// runtime, as in the server, nor with the tests taking turns).
fn one_at_a_time() -> MutexGuard<'static, ()> {
    static TURN: Mutex<()> = Mutex::new(());
    TURN.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

const HOSTILE: &str = "</title></textarea></script></style></noscript><b id=inj1>x</b>\"><img id=inj2 src=x>'><meta http-equiv=refresh content=\"0;url=/?inj\"><svg id=inj3></svg>";

/// The free-text columns: everything a person types that is shown again.
const FREE_TEXT: &[(&str, &[&str])] = &[
    ("users", &["display_name", "email"]),
    (
        "organisations",
        &[
            "name",
            "registration_no",
            "address",
            "phone",
            "email",
            "website",
            "description",
            "rejection_reason",
        ],
    ),
    (
        "neighbourhoods",
        &[
            "name",
            "city",
            "county",
            "district",
            "problems_social",
            "problems_economic",
            "problems_physical",
            "problems_environmental",
        ],
    ),
    ("capacities", &["unit", "description"]),
    (
        "people",
        &["name", "affiliation", "expertise", "phone", "email"],
    ),
    ("committees", &["name", "mandate"]),
    ("working_groups", &["name", "description"]),
    ("assessments", &["findings"]),
    ("assessment_needs", &["need"]),
    (
        "proposals",
        &["title", "summary", "objectives", "activities"],
    ),
    ("proposal_moves", &["reason"]),
    ("proposal_comments", &["body"]),
    ("proposal_documents", &["file_name"]),
    ("notifications", &["subject", "detail", "note"]),
    ("projects", &["title", "summary", "decision"]),
    ("project_partners", &["role"]),
    ("milestones", &["title"]),
    ("progress_updates", &["body"]),
    ("project_status_changes", &["reason"]),
    ("follow_ups", &["note"]),
    ("outbox", &["to_address", "last_error", "subject", "body"]),
    ("sms_outbox", &["to_number", "body", "last_error"]),
    ("board_cards", &["title", "description"]),
    ("board_card_comments", &["body"]),
    ("board_checklist_items", &["text"]),
    ("meetings", &["title", "place", "online_link", "minutes"]),
    ("meeting_agenda_items", &["text"]),
    ("meeting_decisions", &["text"]),
    ("volunteer_roles", &["name"]),
    ("volunteer_drives", &["name"]),
    (
        "volunteers",
        &["full_name", "state_reason", "family_contact"],
    ),
    ("volunteer_skills", &["skill"]),
    ("centres", &["name", "address"]),
    ("centre_requests", &["note"]),
    ("placements", &["reason"]),
    ("service_hours", &["note", "reason"]),
    ("certificates", &["full_name", "revoke_reason"]),
    ("opportunities", &["title", "description"]),
    ("shifts", &["cancel_reason"]),
    ("volunteer_honours", &["occasion"]),
    ("volunteer_merges", &["full_name", "reason"]),
    ("campaigns", &["name", "goals"]),
    ("local_actions", &["title", "place", "summary", "account"]),
    ("action_targets", &["label"]),
    ("action_guests", &["name"]),
    ("action_problems", &["problem"]),
    ("campaign_indicators", &["name"]),
    (
        "centre_assessments",
        &["statement", "evidence", "review_note"],
    ),
    ("campaign_scores", &["note"]),
    ("campaign_recognitions", &["citation"]),
    ("pairings", &["offered", "goals", "outcome"]),
];

/// Text columns that hold codes, dates, keys or machine data, never shown as typed (by name
/// in every table, or as `table.column`).
const NOT_FREE_TEXT: &[&str] = &[
    "username",
    "search_text",
    "password_hash",
    "role",
    "id",
    "data",
    "client",
    "action",
    "object_kind",
    "object_id",
    "before_json",
    "after_json",
    "kind",
    "dimensions",
    "dimension",
    "status",
    "available_from",
    "available_until",
    "since",
    "until",
    "assessed_on",
    "method",
    "beneficiary_groups",
    "from_status",
    "to_status",
    "content_type",
    "storage_key",
    "link",
    "planned_start",
    "planned_end",
    "due_on",
    "done_on",
    "reported_on",
    "photo_key",
    "photo_type",
    "lane",
    "board_events.detail",
    "connection",
    "held_on",
    "starts_at",
    "ends_at",
    "honoured_on",
    "attendance",
    "email_opt_outs.kind",
    "locale",
    "digest",
    "mobile",
    "code_hash",
    "rule",
    "day",
    "period",
    "volunteer_roles.code",
    "volunteer_drives.code",
    "starts_on",
    "ends_on",
    "national_code",
    "gender",
    "private_note",
    "state",
    "died_on",
    "level",
    "served_on",
    "basis",
    "first_on",
    "last_on",
    "certificates.code",
    "measure",
    "source",
    "frozen_reports.scope",
    "ended_on",
    // A report as it stood when frozen (JSON); drafts show the same parts from the live text.
    "frozen_reports.body",
    // Lists of names as JSON, shown name by name.
    "certificates.roles",
    "certificates.centres",
];

/// Every text column of the schema is either free text (made hostile here) or listed as not:
/// a new column has to be placed in one list or the other.
async fn every_text_column_is_accounted_for(app: &TestApp) {
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' \
         AND name NOT LIKE '_sqlx%'",
    )
    .fetch_all(app.db.read())
    .await
    .unwrap();
    let mut unplaced = Vec::new();
    for table in tables {
        let columns: Vec<(String, String)> = sqlx::query_as(&format!(
            "SELECT name, type FROM pragma_table_info('{table}')"
        ))
        .fetch_all(app.db.read())
        .await
        .unwrap();
        for (column, kind) in columns {
            if kind != "TEXT" {
                continue;
            }
            let free = FREE_TEXT
                .iter()
                .any(|(t, cols)| *t == table && cols.contains(&column.as_str()));
            let qualified = format!("{table}.{column}");
            let code = NOT_FREE_TEXT.contains(&column.as_str())
                || NOT_FREE_TEXT.contains(&qualified.as_str());
            if !free && !code {
                unplaced.push(format!("{table}.{column}"));
            }
        }
    }
    assert!(
        unplaced.is_empty(),
        "text columns in neither list: {unplaced:?}"
    );
}

async fn make_everything_hostile(app: &TestApp) {
    for (table, columns) in FREE_TEXT {
        for column in *columns {
            // The id keeps values unique where a column must be (rows of a list have none).
            let sql = if [
                "assessment_needs",
                "project_partners",
                "campaign_recognitions",
            ]
            .contains(table)
            {
                format!("UPDATE {table} SET {column} = $1")
            } else {
                format!("UPDATE {table} SET {column} = $1 || ' ' || CAST(id AS TEXT)")
            };
            sqlx::query(&sql)
                .bind(HOSTILE)
                .execute(app.db.write())
                .await
                .unwrap_or_else(|e| panic!("{table}.{column}: {e}"));
        }
    }
}

async fn ids(app: &TestApp, table: &str, limit: i64) -> Vec<i64> {
    sqlx::query_scalar(&format!("SELECT id FROM {table} ORDER BY id LIMIT $1"))
        .bind(limit)
        .fetch_all(app.db.read())
        .await
        .unwrap()
}

/// Every kind of page that shows user text, with a few objects of each kind.
async fn pages(app: &TestApp) -> Vec<String> {
    let mut pages: Vec<String> = [
        "/",
        "/committees",
        "/organisations",
        "/neighbourhoods",
        "/projects",
        "/proposals",
        "/capacities",
        "/dashboard",
        "/follow-up",
        "/boards",
        "/notifications",
        "/account",
        "/admin/users",
        "/admin/outbox",
        "/search?q=x",
        "/search?q=%3C%2Ftitle%3E",
        "/projects/new",
        "/proposals/new",
        "/organisations/new",
        "/volunteers",
        "/volunteers/me",
        "/volunteers/me/record",
        "/volunteers/me/edit",
        "/volunteers/register",
        "/centres",
        "/centres/new",
        "/opportunities",
        "/volunteers/veterans?years=0",
        "/volunteers/reference",
        "/volunteers?q=x",
        "/campaigns",
        "/actions/new",
        "/reports",
        "/pairings",
        "/reports/draft?campaign=1",
        "/reports/draft?campaign=2",
        "/reports/draft?year=1405",
        "/reports/draft?year=%3C%2Ftitle%3E&part=%3Cb%3E",
    ]
    .map(String::from)
    .to_vec();
    let each = |table: &'static str, paths: &'static [&'static str]| (table, paths);
    let kinds = [
        each("committees", &["/committees/{}", "/committees/{}/edit"]),
        each(
            "organisations",
            &["/organisations/{}", "/organisations/{}/edit"],
        ),
        each(
            "neighbourhoods",
            &[
                "/neighbourhoods/{}",
                "/neighbourhoods/{}/edit",
                "/neighbourhoods/{}/assessments/new",
            ],
        ),
        each("people", &["/people/{}", "/people/{}/edit"]),
        each("campaigns", &["/campaigns/{}"]),
        each(
            "campaigns",
            &["/campaigns/{}/scores", "/campaigns/{}/centres/1"],
        ),
        each("local_actions", &["/actions/{}"]),
        each("frozen_reports", &["/reports/{}"]),
        each(
            "working_groups",
            &[
                "/working-groups/{}",
                "/working-groups/{}/board",
                "/working-groups/{}/edit",
            ],
        ),
        each("proposals", &["/proposals/{}", "/proposals/{}/edit"]),
        each("projects", &["/projects/{}", "/projects/{}/assign"]),
        each("meetings", &["/meetings/{}", "/meetings/{}/edit"]),
        each("capacities", &["/capacities/{}/edit"]),
        each("centres", &["/centres/{}"]),
        each("opportunities", &["/opportunities/{}"]),
    ];
    for (table, paths) in kinds {
        for id in ids(app, table, 4).await {
            for path in paths {
                pages.push(path.replace("{}", &id.to_string()));
            }
        }
    }
    let codes: Vec<String> =
        sqlx::query_scalar("SELECT code FROM certificates ORDER BY id LIMIT 4")
            .fetch_all(app.db.read())
            .await
            .unwrap();
    assert!(!codes.is_empty(), "the demo issues certificates");
    for code in codes {
        pages.push(format!("/certificates/{code}"));
    }
    let cards: Vec<(i64, i64)> =
        sqlx::query_as("SELECT working_group_id, id FROM board_cards ORDER BY id LIMIT 8")
            .fetch_all(app.db.read())
            .await
            .unwrap();
    for (group, card) in cards {
        pages.push(format!("/working-groups/{group}/board/cards/{card}"));
    }
    pages
}

/// What the parsed page must not hold; returns the faults found.
fn faults_of(path: &str, html: &str) -> Vec<String> {
    let doc = Html::parse_document(html);
    let mut faults = Vec::new();
    let injected = Selector::parse("[id^=inj]").unwrap();
    for element in doc.select(&injected) {
        faults.push(format!("{path}: <{}> injected", element.value().name()));
    }
    let refresh = Selector::parse("meta[http-equiv]").unwrap();
    if doc.select(&refresh).next().is_some() {
        faults.push(format!("{path}: a meta refresh"));
    }
    let titles = Selector::parse("title").unwrap();
    if doc.select(&titles).count() != 1 {
        faults.push(format!("{path}: not exactly one <title>"));
    }
    let head_title = Selector::parse("head > title").unwrap();
    if doc.select(&head_title).count() != 1 {
        faults.push(format!("{path}: the title left the head"));
    }
    faults
}

async fn check_pages(app: &TestApp, who: &str, client: &Client, pages: &[String]) -> usize {
    let mut faults = Vec::new();
    for path in pages {
        let (status, html) = app.page(client, path).await;
        assert!(
            !status.is_server_error(),
            "{who} {path}: {status}\n{}",
            &html[..html.len().min(400)]
        );
        faults.extend(
            faults_of(path, &html)
                .into_iter()
                .map(|f| format!("{who} {f}")),
        );
    }
    assert!(faults.is_empty(), "{faults:#?}");
    pages.len()
}

#[tokio::test]
#[allow(clippy::await_holding_lock)] // The turn is held on purpose for the whole test.
async fn hostile_text_stays_text_on_every_page() {
    let _turn = one_at_a_time();
    for db in fresh_urls().await {
        eprintln!("on {}", db.name);
        let app = TestApp::spawn(&db.url).await;
        server::demo::seed_if_empty(&app.db).await.unwrap();
        if app.db.backend() == Backend::Sqlite {
            every_text_column_is_accounted_for(&app).await;
        }
        make_everything_hostile(&app).await;
        let pages = pages(&app).await;
        let mut fetched = check_pages(&app, "visitor", &app.browser(), &pages).await;
        for who in [
            "admin",
            "official",
            "chair",
            "ngo",
            "agency",
            // Placed, with days of service and certificates; the centre that placed them.
            "volunteer19",
            "centre8",
            // Signed up to shifts; the centre that runs them (sees who comes).
            "volunteer7",
            "centre1",
        ] {
            let client = app.signed_in_demo(who).await;
            fetched += check_pages(&app, who, &client, &pages).await;
        }
        eprintln!("{fetched} pages parsed, none with injected markup");

        // The title shows the hostile name as text (escaped on the wire, whole when parsed).
        let org = ids(&app, "organisations", 1).await[0];
        let (_, html) = app
            .page(&app.browser(), &format!("/organisations/{org}"))
            .await;
        assert!(html.contains("&lt;/title&gt;"), "escaped in the title");
        let doc = Html::parse_document(&html);
        let title = doc
            .select(&Selector::parse("title").unwrap())
            .next()
            .unwrap()
            .text()
            .collect::<String>();
        assert!(title.starts_with(HOSTILE), "{title}");
        app.db.close().await;
    }
}

/// Without JavaScript a failed form comes back refilled from the session: the hostile text
/// typed is shown as text in its textarea, and the address carries only a one-time key.
#[tokio::test]
#[allow(clippy::await_holding_lock)] // The turn is held on purpose for the whole test.
async fn the_no_javascript_echo_is_inert_and_stays_out_of_the_address() {
    let _turn = one_at_a_time();
    for db in fresh_urls().await {
        eprintln!("on {}", db.name);
        let app = TestApp::spawn(&db.url).await;
        server::demo::seed_if_empty(&app.db).await.unwrap();
        let ngo = app.signed_in_demo("ngo").await;
        let form_page = format!("{}/proposals/new", app.base);
        // A title too short, the hostile text in the summary (a textarea).
        let posted = app
            .no_js_post(
                &ngo,
                "/api/save_proposal",
                &form_page,
                &[
                    ("title", "x"),
                    ("summary", HOSTILE),
                    ("dimension", "social"),
                    ("objectives", ""),
                    ("beneficiaries", ""),
                    ("activities", ""),
                    ("duration_months", ""),
                    ("budget_rials", ""),
                    ("then", "draft"),
                ],
            )
            .send()
            .await
            .unwrap();
        assert_eq!(posted.status(), StatusCode::FOUND);
        let location = posted.headers()["location"].to_str().unwrap().to_string();
        assert!(location.starts_with("/proposals/new?form="), "{location}");
        assert!(!location.contains("__err") && !location.contains("inj"));
        let (status, html) = app.page(&ngo, &location).await;
        assert_eq!(status, StatusCode::OK);
        assert!(
            faults_of(&location, &html).is_empty(),
            "{:?}",
            faults_of(&location, &html)
        );
        let doc = Html::parse_document(&html);
        let summary = doc
            .select(&Selector::parse("textarea[name=summary]").unwrap())
            .next()
            .expect("the summary's textarea")
            .text()
            .collect::<String>();
        assert_eq!(summary, HOSTILE, "what was typed comes back whole, as text");
        // The key is spent: the page asked for again is the empty form.
        let (_, again) = app.page(&ngo, &location).await;
        assert!(!again.contains("id=inj") && !again.contains("&lt;b id=inj1"));

        // A crafted link with leptos's own echo parameters shows nothing of them.
        let crafted = "/register?__path=%2Fapi%2Fregister&__err=eyJJbnZhbGlkIjp7Imlzc3VlcyI6W10sImtlcHQiOltbInVzZXJuYW1lIiwiPC90ZXh0YXJlYT48YiBpZD1pbmo-Il1dfX0";
        let answer = app
            .browser()
            .get(format!("{}{crafted}", app.base))
            .send()
            .await
            .unwrap();
        assert_eq!(answer.status(), StatusCode::SEE_OTHER);
        assert_eq!(answer.headers()["location"], "/register");
        app.db.close().await;
    }
}
