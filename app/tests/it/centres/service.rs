//! Hours and certificates, continuing the centres story: the placed volunteer reports days,
//! the centre answers and records in bulk, certificates are issued by hand and at thresholds,
//! checked by anyone and revoked; with every refusal on the way.
use super::common;
use app::api::AppError;
use app::domain::jalali::JalaliDate;
use app::domain::permissions::Actor;
use app::domain::service_rules::{CertificateBasis, HoursState};
use app::domain::validation::FieldIssue;
use app::domain::volunteer_rules::VolunteerState;
use app::server::centres::detail;
use app::server::db::Db;
use app::server::service::certificates::{award_due, find, issue, revoke};
use app::server::service::hours::{decide, edit, record, report, HoursInput};
use app::server::service::mine;
use app::server::volunteers::rosters;

pub struct Cast {
    pub manager: Actor,
    pub volunteer: Actor,
    pub intermediary: Actor,
    pub runner: Actor,
    pub stranger: Actor,
    pub official: Actor,
    pub centre: i64,
    pub placement: i64,
}

/// A day `ago` days back, typed as a Jalali date.
fn day(ago: i64) -> String {
    let today: chrono::NaiveDate = app::server::today_iso().parse().unwrap();
    JalaliDate::from_gregorian(today - chrono::Duration::days(ago))
        .unwrap()
        .to_numeric()
}

fn typed<'a>(served_on: &'a str, hours: &'a str) -> HoursInput<'a> {
    HoursInput {
        served_on,
        hours,
        note: "",
    }
}

pub async fn story(db: &Db, c: Cast) {
    let two_ago = day(2);

    // Reporting: only the volunteer, for their accepted placement; checked beside each field.
    for other in [&c.stranger, &c.intermediary, &c.manager] {
        assert!(matches!(
            report(db, other, c.placement, typed(&two_ago, "3")).await,
            Err(AppError::NotFound)
        ));
    }
    // Not before the centre accepted her (today, in this story); then as if a month ago.
    let refused = report(db, &c.volunteer, c.placement, typed(&two_ago, "3")).await;
    assert_eq!(
        common::issue(refused, "served_on"),
        FieldIssue::BeforePlacement
    );
    let month_ago = app::server::now_ms() - 30 * 86_400_000;
    sqlx::query("UPDATE placements SET decided_at = $1 WHERE id = $2")
        .bind(month_ago)
        .bind(c.placement)
        .execute(db.write())
        .await
        .unwrap();
    let refused = report(db, &c.volunteer, c.placement, typed(&two_ago, "0")).await;
    assert_eq!(common::issue(refused, "hours"), FieldIssue::OutOfRange);
    let refused = report(db, &c.volunteer, c.placement, typed(&day(-1), "3")).await;
    assert_eq!(common::issue(refused, "served_on"), FieldIssue::OutOfRange);
    let refused = report(db, &c.volunteer, c.placement, typed("<b>1</b>", "x")).await;
    assert!(
        matches!(refused, Err(AppError::Invalid(ref e)) if e.get("served_on").is_some() && e.get("hours").is_some())
    );
    let first = report(db, &c.volunteer, c.placement, typed(&two_ago, "2:30"))
        .await
        .unwrap();
    let again = report(db, &c.volunteer, c.placement, typed(&two_ago, "1")).await;
    assert_eq!(common::issue(again, "served_on"), FieldIssue::DayReported);

    // The centre sees it waiting; the public does not.
    let page = detail(db, Some(&c.manager), c.centre).await.unwrap();
    assert_eq!(page.hours.len(), 1);
    assert_eq!(
        (page.hours[0].minutes, page.hours[0].state),
        (150, HoursState::Pending)
    );
    assert!(detail(db, None, c.centre).await.unwrap().hours.is_empty());

    // Answering: only the centre; not approving needs a reason; once.
    for other in [&c.stranger, &c.volunteer, &c.intermediary] {
        assert!(matches!(
            decide(db, other, first, 1, true, "").await,
            Err(AppError::NotFound)
        ));
    }
    // An official oversees the centre's days but does not approve them.
    assert!(matches!(
        decide(db, &c.official, first, 1, true, "").await,
        Err(AppError::Forbidden)
    ));
    assert_eq!(
        common::issue(
            decide(db, &c.manager, first, 1, false, "  ").await,
            "reason"
        ),
        FieldIssue::Required
    );
    // A page older than the day (say, before the volunteer changed it) is refused.
    assert!(matches!(
        decide(db, &c.manager, first, 0, true, "").await,
        Err(AppError::Conflict)
    ));
    assert_eq!(
        decide(db, &c.manager, first, 1, true, "").await.unwrap(),
        c.centre
    );
    assert!(matches!(
        decide(db, &c.manager, first, 2, true, "").await,
        Err(AppError::NotNow)
    ));

    // A change waits for the centre again; a stale page is refused.
    assert!(matches!(
        edit(db, &c.volunteer, first, 1, typed(&two_ago, "3")).await,
        Err(AppError::Conflict)
    ));
    assert!(matches!(
        edit(db, &c.manager, first, 2, typed(&two_ago, "3")).await,
        Err(AppError::NotFound)
    ));
    edit(db, &c.volunteer, first, 2, typed(&two_ago, "3"))
        .await
        .unwrap();
    let own = mine(db, &c.volunteer).await.unwrap().unwrap();
    assert_eq!((own.approved_minutes, own.pending_minutes), (0, 180));
    decide(db, &c.manager, first, 3, true, "").await.unwrap();

    // Recording in bulk: someone must be ticked; a day already reported keeps its entry.
    assert_eq!(
        common::issue(
            record(db, &c.manager, c.centre, &[], typed(&day(3), "4")).await,
            "placements"
        ),
        FieldIssue::Required
    );
    assert!(matches!(
        record(
            db,
            &c.stranger,
            c.centre,
            &[c.placement],
            typed(&day(3), "4")
        )
        .await,
        Err(AppError::NotFound)
    ));
    let at = [c.placement];
    assert_eq!(
        record(db, &c.manager, c.centre, &at, typed(&two_ago, "4"))
            .await
            .unwrap(),
        0
    );
    assert_eq!(
        record(db, &c.manager, c.centre, &at, typed(&day(3), "4"))
            .await
            .unwrap(),
        1
    );
    let own = mine(db, &c.volunteer).await.unwrap().unwrap();
    assert_eq!((own.approved_minutes, own.pending_minutes), (420, 0));
    assert_eq!(own.by_centre.len(), 1);
    assert_eq!(own.by_centre[0].0.id, c.centre);
    assert_eq!(own.hours.len(), 2);
    assert!(own.certificates.is_empty());

    // A certificate by hand: only her intermediary or an official.
    let volunteer_id = own.hours[0].volunteer.id;
    for other in [&c.stranger, &c.runner, &c.manager, &c.volunteer] {
        assert!(matches!(
            issue(db, other, volunteer_id, 1).await,
            Err(AppError::NotFound)
        ));
    }
    let code = issue(db, &c.intermediary, volunteer_id, 1).await.unwrap();
    // Twice the same service is one certificate (a double click).
    assert!(matches!(
        issue(db, &c.official, volunteer_id, 1).await,
        Err(AppError::NotNow)
    ));
    let seen = find(db, None, &code).await.unwrap();
    assert_eq!((seen.minutes, seen.basis), (420, CertificateBasis::Manual));
    assert!(!seen.may_revoke && seen.revoked_at.is_none());
    assert_eq!(seen.centres.len(), 1);
    let typed_code = code.replace('-', " ").to_lowercase();
    assert_eq!(find(db, None, &typed_code).await.unwrap().code, code);
    assert!(matches!(
        find(db, None, "<script>x</script>").await,
        Err(AppError::NotFound)
    ));
    assert!(matches!(
        find(db, None, "ABCDE-FGHJK").await,
        Err(AppError::NotFound)
    ));

    // Later hours do not change it; revoking: only issuer or officials, with a reason, once.
    for ago in 10..14 {
        record(db, &c.manager, c.centre, &at, typed(&day(ago), "16"))
            .await
            .unwrap();
    }
    assert_eq!(find(db, None, &code).await.unwrap().minutes, 420);
    assert!(matches!(
        revoke(db, &c.stranger, &code, "No", 2).await,
        Err(AppError::Forbidden)
    ));
    assert_eq!(
        common::issue(revoke(db, &c.intermediary, &code, "", 2).await, "reason"),
        FieldIssue::Required
    );
    assert!(find(db, Some(&c.official), &code).await.unwrap().may_revoke);
    revoke(db, &c.official, &code, "Issued by mistake", 2)
        .await
        .unwrap();
    let seen = find(db, None, &code).await.unwrap();
    assert_eq!(seen.revoked_at, Some(2));
    assert_eq!(seen.revoke_reason, "Issued by mistake");
    assert!(matches!(
        revoke(db, &c.official, &code, "Again", 3).await,
        Err(AppError::Conflict)
    ));

    // 71 approved hours: the 50-hour certificate was issued by itself, once.
    let own = mine(db, &c.volunteer).await.unwrap().unwrap();
    assert_eq!(own.approved_minutes, 420 + 4 * 960);
    let automatic: Vec<_> = own
        .certificates
        .iter()
        .filter(|c| c.basis == CertificateBasis::Hours)
        .collect();
    assert_eq!(automatic.len(), 1);
    assert_eq!(automatic[0].threshold, 50);
    assert_eq!(award_due(db, None, 5).await.unwrap(), 0);

    // Her intermediary's roster shows her hours and certificates.
    let roster = rosters(db, &c.intermediary).await.unwrap();
    let her = &roster[0].active[0];
    assert_eq!(her.approved_minutes, 420 + 4 * 960);
    assert_eq!(her.certificates.len(), 2);

    // The dashboard counts her, her hours by month, and the places filled.
    let rule = app::domain::project_rules::StalledRule::default();
    let v = app::server::dashboard::overview(db, Some(&c.official), rule)
        .await
        .unwrap()
        .volunteers;
    assert_eq!(v.minutes_by_month.len(), 12);
    let counted: i64 = v.minutes_by_month.iter().map(|(_, m)| m).sum();
    assert_eq!(counted, 420 + 4 * 960);
    assert_eq!(
        (v.places_asked, v.places_filled, v.filled_rate),
        (3, 1, Some(33))
    );
    assert_eq!((v.by_role.len(), v.by_neighbourhood.len()), (1, 1));
    assert!(v
        .by_state
        .iter()
        .any(|(s, n)| *s == VolunteerState::Active && *n == 1));
}
