//! A board's live channel over HTTP, on SQLite and PostgreSQL: outsiders get nothing, a
//! change reaches an open view within a second, a reconnecting view replays what it missed,
//! and with PostgreSQL a change made through one instance reaches a view opened through
//! another.
use crate::common;

use app::server::db::test_support::fresh_urls;
use common::TestApp;
use reqwest::{Client, StatusCode};
use std::time::Duration;

const EVENTS: &str = "/working-groups/1/board/events";

/// Reads the stream until `wanted` appears or `within` passes; returns what was read.
async fn read_until(response: &mut reqwest::Response, wanted: &str, within: Duration) -> String {
    let mut seen = String::new();
    let _ = tokio::time::timeout(within, async {
        while let Ok(Some(chunk)) = response.chunk().await {
            seen.push_str(&String::from_utf8_lossy(&chunk));
            if seen.contains(wanted) {
                break;
            }
        }
    })
    .await;
    seen
}

async fn open(app: &TestApp, client: &Client, query: &str) -> reqwest::Response {
    client
        .get(format!("{}{EVENTS}{query}", app.base))
        .send()
        .await
        .unwrap()
}

async fn add_task(app: &TestApp, client: &Client, title: &str) {
    let answer = app
        .post(
            client,
            "/api/create_board_task",
            &[("board", "1"), ("title", title)],
        )
        .await;
    assert!(answer.status().is_success() || answer.status().is_redirection());
}

#[tokio::test]
async fn the_live_channel_refuses_outsiders_delivers_and_replays() {
    for db in fresh_urls().await {
        eprintln!("on {}", db.name);
        let app = TestApp::spawn(&db.url).await;
        server::demo::seed_if_empty(&app.db).await.unwrap();

        let visitor = app.browser();
        assert_eq!(
            open(&app, &visitor, "").await.status(),
            StatusCode::UNAUTHORIZED
        );
        let outsider = app.signed_in_demo("agency").await;
        assert_eq!(
            open(&app, &outsider, "").await.status(),
            StatusCode::FORBIDDEN
        );

        // A member's open view hears a change made by another within a second.
        let chair = app.signed_in_demo("chair").await;
        let member = app.signed_in_demo("member").await;
        let latest = app::server::db::board_events::latest(app.db.read(), 1)
            .await
            .unwrap();
        let mut view = open(&app, &chair, &format!("?after={latest}")).await;
        assert_eq!(view.status(), StatusCode::OK);
        assert!(
            read_until(&mut view, "event: presence", Duration::from_secs(3))
                .await
                .contains("event: presence")
        );
        add_task(&app, &member, "یک کار تازه").await;
        let heard = read_until(&mut view, "event: change", Duration::from_secs(1)).await;
        assert!(heard.contains("event: change"), "{heard}");
        assert!(heard.contains("created"), "{heard}");

        // Reconnecting with the last event seen replays only what came after it.
        let mut again = chair
            .get(format!("{}{EVENTS}", app.base))
            .header("Last-Event-ID", latest.to_string())
            .send()
            .await
            .unwrap();
        let replayed = read_until(&mut again, "created", Duration::from_secs(2)).await;
        let ids: Vec<i64> = replayed
            .lines()
            .filter_map(|l| l.strip_prefix("id: ")?.trim().parse().ok())
            .collect();
        assert_eq!(ids.len(), 1, "only the one missed event: {replayed}");
        assert!(
            ids[0] > latest && replayed.contains("created"),
            "{replayed}"
        );

        // Another instance on the same PostgreSQL delivers a change made through this one.
        if db.name == "postgres" {
            let other = TestApp::spawn(&db.url).await;
            let chair_there = other.signed_in_demo("chair").await;
            let now = app::server::db::board_events::latest(app.db.read(), 1)
                .await
                .unwrap();
            let mut there = open(&other, &chair_there, &format!("?after={now}")).await;
            read_until(&mut there, "event: presence", Duration::from_secs(3)).await;
            add_task(&app, &member, "کار از نمونه دیگر").await;
            let heard = read_until(&mut there, "event: change", Duration::from_secs(1)).await;
            assert!(heard.contains("event: change"), "{heard}");
        }
        app.db.close().await;
    }
}
