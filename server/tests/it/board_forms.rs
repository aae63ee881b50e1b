//! A board's forms over HTTP: sent by a browser without JavaScript they come back to the
//! page they were sent from; sent by the WASM they answer without a redirect, so a card's
//! dialog over the board stays where it is.
use crate::common;

use app::server::db::test_support::fresh_urls;
use common::TestApp;
use reqwest::{Client, StatusCode};

const BOARD: &str = "/working-groups/1/board";

async fn post_as(
    app: &TestApp,
    client: &Client,
    accept: &str,
    path: &str,
    form: &[(&str, &str)],
) -> reqwest::Response {
    let request = app.form_post(client, path, form).header("Accept", accept);
    request.send().await.unwrap()
}

#[tokio::test]
async fn card_forms_redirect_only_without_javascript() {
    for db in fresh_urls().await {
        eprintln!("on {}", db.name);
        let app = TestApp::spawn(&db.url).await;
        server::demo::seed_if_empty(&app.db).await.unwrap();
        let chair = app.signed_in_demo("chair").await;

        // Without JavaScript: back to the board as it was filtered.
        let back = format!("{BOARD}?mine=1");
        let plain = post_as(
            &app,
            &chair,
            "text/html",
            "/api/create_board_task",
            &[
                ("board", "1"),
                ("title", "Plain form task"),
                ("back", &back),
            ],
        )
        .await;
        assert_eq!(plain.status(), StatusCode::FOUND);
        assert_eq!(plain.headers()["location"], back.as_str());

        let card: i64 = sqlx::query_scalar("SELECT id FROM board_cards WHERE title = $1")
            .bind("Plain form task")
            .fetch_one(app.db.read())
            .await
            .unwrap();
        let card = card.to_string();
        let comment = [("board", "1"), ("card", card.as_str()), ("body", "hello")];
        let plain = post_as(
            &app,
            &chair,
            "text/html",
            "/api/comment_board_card",
            &comment,
        )
        .await;
        assert_eq!(plain.status(), StatusCode::FOUND);
        assert_eq!(
            plain.headers()["location"],
            format!("{BOARD}/cards/{card}#comments-h").as_str()
        );

        // From the WASM: done, and no redirect of either kind for the client to follow.
        for (path, form) in [
            ("/api/comment_board_card", comment.to_vec()),
            (
                "/api/add_card_check",
                vec![("board", "1"), ("card", card.as_str()), ("item", "buy")],
            ),
        ] {
            let wasm = post_as(&app, &chair, "application/json", path, &form).await;
            assert_eq!(wasm.status(), StatusCode::OK, "{path}");
            assert!(wasm.headers().get("location").is_none(), "{path}");
            assert!(wasm.headers().get("serverfnredirect").is_none(), "{path}");
        }
        let comments: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM board_card_comments WHERE card_id = $1")
                .bind(card.parse::<i64>().unwrap())
                .fetch_one(app.db.read())
                .await
                .unwrap();
        assert_eq!(comments, 2, "both comments were kept");
        app.db.close().await;
    }
}
