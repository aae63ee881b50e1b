//! "My work" per role on the demo data: each group's count equals what the database holds,
//! counted here by plain queries of our own; the signed-in home shows the groups.
use crate::common;

use app::domain::my_work::WorkKind;
use app::server::auth::caller::load_actor;
use app::server::db::test_support::fresh_urls;
use app::server::db::{users, Db};
use chrono::NaiveDate;
use common::TestApp;
use std::collections::BTreeMap;

const DEMO_ROLES: [&str; 17] = [
    "admin",
    "official",
    "chair",
    "ngo",
    "agency",
    "ngo1",
    "ngo2",
    "centre1",
    "centre2",
    "centre3",
    "centre4",
    "centre5",
    "centre6",
    "centre7",
    "centre8",
    "volunteer7",
    "volunteer8",
];

async fn count(db: &Db, sql: &str, user_id: i64, today: &str) -> i64 {
    // Every counting query takes the user and today, used or not.
    let sql = format!("SELECT COUNT(*) FROM ({sql}) AS counted WHERE $1 > 0 AND $2 <> ''");
    sqlx::query_scalar::<_, i64>(&sql)
        .bind(user_id)
        .bind(today)
        .fetch_one(db.read())
        .await
        .unwrap()
}

const REPRESENTED: &str =
    "(SELECT organisation_id FROM organisation_representatives WHERE user_id = $1)";
const LEADING: &str = "(SELECT m.committee_id FROM memberships m \
     LEFT JOIN people pe ON pe.id = m.person_id \
     LEFT JOIN organisation_representatives r ON r.organisation_id = m.organisation_id \
     WHERE (pe.user_id = $1 OR r.user_id = $1) AND m.role IN ('chair', 'secretary') \
       AND m.since <= $2 AND (m.until IS NULL OR m.until >= $2))";

/// What the database holds for each group the caller may see, counted independently.
async fn expected(
    db: &Db,
    kind: WorkKind,
    user_id: i64,
    today: &str,
    week: &str,
    fortnight: &str,
) -> i64 {
    use WorkKind::*;
    let day: chrono::NaiveDate = today.parse().unwrap();
    let year_ago = day - chrono::Duration::days(365);
    let tomorrow = day + chrono::Duration::days(1);
    let sql = match kind {
        DecideProposal => "SELECT id FROM proposals WHERE status = 'recommended'".to_string(),
        VerifyOrganisation => "SELECT id FROM organisations WHERE status = 'pending'".to_string(),
        OutboxFailure => "SELECT id FROM outbox WHERE sent_at IS NULL AND attempts > 0".to_string(),
        ReferProposal => format!("SELECT id FROM proposals WHERE status = 'submitted' AND committee_id IN {LEADING}"),
        RecommendProposal => format!("SELECT id FROM proposals WHERE status = 'in_review' AND committee_id IN {LEADING}"),
        PrepareMeeting => format!(
            "SELECT id FROM meetings WHERE published_at IS NULL AND held_on >= $2 \
             AND held_on <= '{fortnight}' AND committee_id IN {LEADING}"
        ),
        PublishMinutes => format!(
            "SELECT id FROM meetings WHERE published_at IS NULL AND held_on < $2 AND committee_id IN {LEADING}"
        ),
        DecisionOverdue => format!(
            "SELECT d.id FROM meeting_decisions d JOIN meetings m ON m.id = d.meeting_id \
             LEFT JOIN board_cards c ON c.id = d.card_id \
             WHERE m.published_at IS NOT NULL AND d.due_on < $2 AND m.committee_id IN {LEADING} \
               AND (c.lane IS NULL OR c.lane <> 'done')"
        ),
        ReviseProposal => format!("SELECT id FROM proposals WHERE status = 'revision_requested' AND organisation_id IN {REPRESENTED}"),
        SubmitDraft => format!("SELECT id FROM proposals WHERE status = 'draft' AND organisation_id IN {REPRESENTED}"),
        MilestoneDue => format!(
            "SELECT ms.id FROM milestones ms JOIN projects p ON p.id = ms.project_id \
             WHERE ms.done_on IS NULL AND p.status = 'active' AND ms.due_on <= '{week}' \
               AND p.lead_organisation_id IN {REPRESENTED}"
        ),
        OwnVerification => format!("SELECT id FROM organisations WHERE status <> 'verified' AND id IN {REPRESENTED}"),
        AnswerPlacement => format!(
            "SELECT p.id FROM placements p JOIN centre_requests r ON r.id = p.request_id \
             JOIN centres c ON c.id = r.centre_id WHERE p.state = 'proposed' \
               AND (c.manager_id = $1 OR c.organisation_id IN {REPRESENTED})"
        ),
        ApproveHours => format!(
            "SELECT h.id FROM service_hours h JOIN centres c ON c.id = h.centre_id \
             WHERE h.state = 'pending' AND (c.manager_id = $1 OR c.organisation_id IN {REPRESENTED})"
        ),
        VerifyVolunteer => format!(
            "SELECT id FROM volunteers WHERE state IN ('applied', 'verified') AND intermediary_id IN {REPRESENTED}"
        ),
        MergeVolunteer => format!(
            "SELECT m.id FROM volunteer_merges m JOIN volunteers v ON v.id = m.volunteer_id \
             WHERE m.state = 'pending' AND v.intermediary_id IN {REPRESENTED}"
        ),
        PlaceAgain => format!(
            "SELECT p.id FROM placements p JOIN volunteers v ON v.id = p.volunteer_id \
             WHERE p.state IN ('declined', 'returned') AND v.state = 'active' \
               AND v.intermediary_id IN {REPRESENTED} \
               AND p.id = (SELECT MAX(q.id) FROM placements q WHERE q.volunteer_id = v.id)"
        ),
        RecordAttendance => format!(
            "SELECT DISTINCT s.id FROM shifts s JOIN opportunities o ON o.id = s.opportunity_id \
             JOIN centres c ON c.id = o.centre_id JOIN shift_signups g ON g.shift_id = s.id \
             WHERE g.state = 'booked' AND s.cancelled_at IS NULL AND s.attendance_at IS NULL \
               AND s.day < $2 AND s.day >= '{year_ago}' \
               AND CASE WHEN o.organisation_id IS NULL \
                 THEN (c.manager_id = $1 OR c.organisation_id IN {REPRESENTED}) \
                 ELSE o.organisation_id IN {REPRESENTED} END"
        ),
        CloseAction => format!(
            "SELECT a.id FROM local_actions a LEFT JOIN centres c ON c.id = a.centre_id \
             WHERE a.state = 'published' AND a.held_on < $2 \
               AND (c.manager_id = $1 OR a.organisation_id IN {REPRESENTED})"
        ),
        ConfirmSeat => format!(
            "SELECT g.id FROM shift_signups g JOIN volunteers v ON v.id = g.volunteer_id \
             JOIN shifts s ON s.id = g.shift_id WHERE v.user_id = $1 AND g.state = 'booked' \
               AND g.confirmed_at IS NULL AND s.cancelled_at IS NULL AND s.day = '{tomorrow}'"
        ),
        BoardTask => "SELECT c.id FROM board_cards c JOIN board_card_assignees a ON a.card_id = c.id \
             WHERE a.user_id = $1 AND c.lane <> 'done'"
            .to_string(),
        MyDecision => "SELECT d.id FROM meeting_decisions d JOIN meetings m ON m.id = d.meeting_id \
             LEFT JOIN board_cards c ON c.id = d.card_id \
             WHERE m.published_at IS NOT NULL AND d.responsible_user_id = $1 \
               AND (c.lane IS NULL OR c.lane <> 'done')"
            .to_string(),
        Mention => "SELECT id FROM notifications WHERE user_id = $1 AND kind = 'mention' AND read_at IS NULL"
            .to_string(),
        // Judged by the project rules, not by a count: checked through their own tests.
        StalledProject | ReportDue => return -1,
    };
    count(db, &sql, user_id, today).await
}

#[tokio::test]
async fn each_role_sees_what_the_database_holds_for_them() {
    for db in fresh_urls().await {
        eprintln!("on {}", db.name);
        let app = TestApp::spawn(&db.url).await;
        server::demo::seed_if_empty(&app.db).await.unwrap();
        let today_iso = app::server::today_iso();
        let today: NaiveDate = today_iso.parse().unwrap();
        let week = (today + chrono::Duration::days(7)).to_string();
        let fortnight = (today + chrono::Duration::days(14)).to_string();
        let mut seen_groups = 0;
        let mut to_answer = 0;
        let mut to_approve = 0;
        let mut attendance = 0;
        let mut to_confirm = 0;
        let mut to_place_again = 0;
        for username in DEMO_ROLES {
            let user = users::find_by_username(app.db.read(), username)
                .await
                .unwrap()
                .unwrap();
            let actor = load_actor(&app.db, &user).await.unwrap();
            let groups =
                app::server::my_work::for_actor(&app.db, &actor, Default::default(), today)
                    .await
                    .unwrap();
            let shown: BTreeMap<WorkKind, i64> = groups.iter().map(|g| (g.kind, g.total)).collect();
            eprintln!("{username}: {shown:?}");
            if username.starts_with("centre") {
                to_answer += shown.get(&WorkKind::AnswerPlacement).copied().unwrap_or(0);
                to_approve += shown.get(&WorkKind::ApproveHours).copied().unwrap_or(0);
                attendance += shown.get(&WorkKind::RecordAttendance).copied().unwrap_or(0);
            }
            to_confirm += shown.get(&WorkKind::ConfirmSeat).copied().unwrap_or(0);
            to_place_again += shown.get(&WorkKind::PlaceAgain).copied().unwrap_or(0);
            for kind in app::domain::my_work::kinds_for(app::server::my_work::duties_of(&actor)) {
                let want = expected(&app.db, kind, user.id, &today_iso, &week, &fortnight).await;
                if want < 0 {
                    continue;
                }
                let got = shown.get(&kind).copied().unwrap_or(0);
                assert_eq!(got, want, "{username} {kind:?}");
            }
            for g in &groups {
                assert!(
                    g.total > 0 && !g.items.is_empty(),
                    "{username}: empty groups are left out"
                );
                assert!(g.items.len() as i64 <= g.total.min(app::server::my_work::SHOWN));
                assert!(
                    g.items.iter().all(|i| i.link.starts_with('/')),
                    "{username}: links stay home"
                );
            }
            seen_groups += groups.len();

            // The home page shows the same groups with their counts.
            let client = app.signed_in_demo(username).await;
            let (_, html) = app.page(&client, "/").await;
            for g in &groups {
                let marker = format!("id=\"work-{}\"", g.kind.as_str());
                assert!(
                    html.contains(&marker),
                    "{username}: {marker} on the home page"
                );
                assert!(html.contains(&format!("data-count=\"{}\"", g.total)));
            }
        }
        // The demo's declined and returned proposals reach their intermediaries (ngo, ngo1 and
        // ngo2 represent the three).
        let back: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM placements WHERE state IN ('declined', 'returned')",
        )
        .fetch_one(app.db.read())
        .await
        .unwrap();
        assert_eq!(back, 2, "one declined, one returned");
        assert_eq!(to_place_again, back);
        // Every proposal waiting in the demo reaches its centre's manager.
        let waiting: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM placements WHERE state = 'proposed'")
                .fetch_one(app.db.read())
                .await
                .unwrap();
        assert!(waiting > 0);
        assert_eq!(to_answer, waiting);
        // So does every day of service a volunteer reported.
        let reported: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM service_hours WHERE state = 'pending'")
                .fetch_one(app.db.read())
                .await
                .unwrap();
        assert!(reported > 0);
        assert_eq!(to_approve, reported);
        // The demo's one past shift without attendance reaches its centre; tomorrow's seats
        // not confirmed reach their volunteers.
        assert_eq!(attendance, 1);
        assert!(
            to_confirm >= 2,
            "tomorrow's seats to confirm ({to_confirm})"
        );
        assert!(
            seen_groups >= 8,
            "the demo data gives each role some work ({seen_groups})"
        );
        app.db.close().await;
    }
}

#[tokio::test]
async fn the_meetings_list_shows_only_committees_the_reader_sits_on() {
    use app::model::meetings::MeetingsShown;
    use app::server::meetings::listing::overview;
    for db in fresh_urls().await {
        eprintln!("on {}", db.name);
        let app = TestApp::spawn(&db.url).await;
        server::demo::seed_if_empty(&app.db).await.unwrap();
        let all: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM meetings")
            .fetch_one(app.db.read())
            .await
            .unwrap();
        let actor_of = async |name: &str| {
            let user = users::find_by_username(app.db.read(), name)
                .await
                .unwrap()
                .unwrap();
            load_actor(&app.db, &user).await.unwrap()
        };
        let official = actor_of("official").await;
        let mut seen = 0;
        for shown in [MeetingsShown::Upcoming, MeetingsShown::Past] {
            seen += overview(&app.db, Some(&official), None, shown, 1)
                .await
                .unwrap()
                .total;
        }
        assert_eq!(seen, all, "staff see every meeting, upcoming or past");
        assert!(overview(&app.db, None, None, MeetingsShown::Upcoming, 1)
            .await
            .is_err());

        let chair = actor_of("chair").await;
        let sits_on: Vec<i64> = chair.committee_roles.iter().map(|(id, _)| *id).collect();
        let foreign: i64 = sqlx::query_scalar("SELECT MIN(committee_id) FROM meetings")
            .fetch_one(app.db.read())
            .await
            .unwrap();
        for shown in [
            MeetingsShown::Upcoming,
            MeetingsShown::Mine,
            MeetingsShown::Past,
        ] {
            let o = overview(&app.db, Some(&chair), None, shown, 1)
                .await
                .unwrap();
            assert!(
                o.meetings.iter().all(|m| sits_on.contains(&m.committee.id)),
                "{shown:?}"
            );
            assert!(o.committees.iter().all(|c| sits_on.contains(&c.id)));
        }
        // Asking for another committee's meetings narrows to nothing; it never widens.
        let other = (1..=20).find(|id| !sits_on.contains(id)).unwrap();
        let o = overview(&app.db, Some(&chair), Some(other), MeetingsShown::Past, 1)
            .await
            .unwrap();
        assert_eq!(o.total, 0);
        assert!(
            sits_on.contains(&foreign)
                || overview(
                    &app.db,
                    Some(&chair),
                    Some(foreign),
                    MeetingsShown::Upcoming,
                    1
                )
                .await
                .unwrap()
                .total
                    == 0
        );
        let ngo = actor_of("ngo").await;
        let o = overview(&app.db, Some(&ngo), None, MeetingsShown::Upcoming, 1)
            .await
            .unwrap();
        assert!(o.schedulable.is_empty(), "an NGO schedules nothing");
        app.db.close().await;
    }
}
