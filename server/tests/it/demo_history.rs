//! The demo's volunteering was lived through the real operations, in order: on SQLite and
//! PostgreSQL, every registration, move, proposal, answer, reported and decided day is in the
//! audit as the operation writes it, and no step comes before the one it depends on.
use crate::common;

use app::domain::reminders::iran_time;
use app::server::db::test_support::fresh_urls;
use app::server::db::Db;
use common::TestApp;

async fn scalar(db: &Db, sql: &str) -> i64 {
    sqlx::query_scalar::<_, i64>(sql)
        .fetch_one(db.read())
        .await
        .unwrap()
}

async fn audited(db: &Db, action: &str) -> i64 {
    sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM audit_log WHERE action = $1")
        .bind(action)
        .fetch_one(db.read())
        .await
        .unwrap()
}

#[tokio::test]
async fn the_demo_volunteering_went_through_the_operations_in_order() {
    for db in fresh_urls().await {
        eprintln!("on {}", db.name);
        let app = TestApp::spawn(&db.url).await;
        server::demo::seed_if_empty(&app.db).await.unwrap();
        let db = &app.db;
        let registered = scalar(db, "SELECT COUNT(*) FROM volunteers").await;
        assert_eq!(audited(db, "volunteer.register").await, registered);
        let moved = scalar(
            db,
            "SELECT COUNT(*) FROM volunteers WHERE state <> 'applied'",
        )
        .await;
        assert!(audited(db, "volunteer.move").await >= moved);
        let proposals = scalar(db, "SELECT COUNT(*) FROM placements").await;
        assert_eq!(
            proposals, 14,
            "a dozen placements, one declined, one returned"
        );
        let today = app::server::today_iso();
        let ahead = sqlx::query_scalar::<_, i64>(
            "SELECT COUNT(*) FROM centre_requests WHERE starts_on > $1",
        )
        .bind(&today)
        .fetch_one(db.read())
        .await
        .unwrap();
        assert_eq!(ahead, 0, "every request had started");
        assert_eq!(audited(db, "placement.propose").await, proposals);
        let answered = scalar(
            db,
            "SELECT COUNT(*) FROM placements WHERE decided_by IS NOT NULL",
        )
        .await;
        assert_eq!(audited(db, "placement.answer").await, answered);
        let reported = scalar(
            db,
            "SELECT COUNT(*) FROM service_hours WHERE placement_id IS NOT NULL",
        )
        .await;
        assert!(reported > 50, "placed volunteers reported their days");
        assert_eq!(audited(db, "hours.report").await, reported);
        let decided = scalar(
            db,
            "SELECT COUNT(*) FROM service_hours WHERE placement_id IS NOT NULL AND decided_by IS NOT NULL",
        )
        .await;
        assert_eq!(audited(db, "hours.decide").await, decided);

        // Nothing happens before what it depends on.
        for (what, sql) in [
            (
                "moved before applying",
                "SELECT COUNT(*) FROM volunteers WHERE state_at < applied_at",
            ),
            (
                "proposed before becoming active",
                "SELECT COUNT(*) FROM placements p JOIN volunteers v ON v.id = p.volunteer_id \
                 WHERE p.proposed_at < v.applied_at",
            ),
            (
                "answered before proposed",
                "SELECT COUNT(*) FROM placements WHERE decided_at < proposed_at",
            ),
            (
                "decided before reported",
                "SELECT COUNT(*) FROM service_hours WHERE decided_at < reported_at",
            ),
            (
                "a drive's volunteer before the drive",
                "SELECT COUNT(*) FROM volunteers v JOIN volunteer_drives d ON d.id = v.drive_id \
                 WHERE v.applied_at < d.created_at",
            ),
        ] {
            assert_eq!(scalar(db, sql).await, 0, "{what}");
        }
        let days: Vec<(String, i64)> = sqlx::query_as(
            "SELECT h.served_on, p.decided_at FROM service_hours h \
             JOIN placements p ON p.id = h.placement_id",
        )
        .fetch_all(db.read())
        .await
        .unwrap();
        for (served_on, accepted) in days {
            let accepted = iran_time(accepted).date().to_string();
            assert!(served_on > accepted, "{served_on} served before {accepted}");
        }
        // Applicants wait days or weeks, not months; the longest served has a year and more.
        let now = app::server::now_ms();
        let oldest_waiting = scalar(
            db,
            "SELECT MIN(applied_at) FROM volunteers WHERE state = 'applied'",
        )
        .await;
        assert!(now - oldest_waiting < 60 * 86_400_000);
        let most = scalar(
            db,
            "SELECT MAX(total) FROM (SELECT CAST(SUM(minutes) AS BIGINT) AS total FROM service_hours \
             WHERE state = 'approved' GROUP BY volunteer_id) AS served",
        )
        .await;
        assert!(most > 100 * 60, "someone served over 100 hours");
        // Certificates fell due as the hours were approved, over the months, not all today.
        let certificates = scalar(db, "SELECT COUNT(*) FROM certificates").await;
        let today = scalar(
            db,
            &format!(
                "SELECT COUNT(*) FROM certificates WHERE issued_at > {}",
                now - 86_400_000
            ),
        )
        .await;
        assert!(
            certificates >= 3 && today < certificates,
            "{certificates} certificates, {today} today"
        );
    }
}
