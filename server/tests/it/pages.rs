//! What pages link to: a list inside a page pages on without losing the page's own address.
use crate::common::TestApp;
use app::server::db::test_support::fresh_urls;
use scraper::{Html, Selector};

#[tokio::test]
async fn the_actions_pager_on_a_neighbourhood_keeps_the_rest_of_the_address() {
    for db in fresh_urls().await {
        eprintln!("on {}", db.name);
        let app = TestApp::spawn(&db.url).await;
        server::demo::seed_if_empty(&app.db).await.unwrap();
        let (organisation, neighbourhood): (i64, i64) = sqlx::query_as(
            "SELECT organisation_id, neighbourhood_id FROM local_actions ORDER BY id LIMIT 1",
        )
        .fetch_one(app.db.read())
        .await
        .unwrap();
        // More actions than one page shows.
        for n in 0..25 {
            sqlx::query(
                "INSERT INTO local_actions (title, kind, organisation_id, neighbourhood_id, \
                 held_on, search_text, created_at) VALUES ($1, 'class', $2, $3, '2026-10-01', $1, 0)",
            )
            .bind(format!("extra {n}"))
            .bind(organisation)
            .bind(neighbourhood)
            .execute(app.db.write())
            .await
            .unwrap();
        }
        let path = format!("/neighbourhoods/{neighbourhood}?from=search&actions=1");
        let (status, html) = app.page(&app.browser(), &path).await;
        assert_eq!(status, 200);
        let next = pager_link(&html, "next");
        assert_eq!(next, "?from=search&actions=2#actions-h");
        let second = format!(
            "/neighbourhoods/{neighbourhood}{}",
            next.trim_end_matches("#actions-h")
        );
        let (status, html) = app.page(&app.browser(), &second).await;
        assert_eq!(status, 200);
        let previous = pager_link(&html, "prev");
        assert_eq!(previous, "?from=search&actions=1#actions-h");
        app.db.close().await;
    }
}

/// Where the actions' pager's `rel` link (`next`, `prev`) leads.
fn pager_link(html: &str, rel: &str) -> String {
    let doc = Html::parse_document(html);
    let pick = format!("section[aria-labelledby=actions-h] a[rel={rel}]");
    doc.select(&Selector::parse(&pick).unwrap())
        .next()
        .unwrap_or_else(|| panic!("a {rel} link among the actions"))
        .value()
        .attr("href")
        .unwrap()
        .to_string()
}
