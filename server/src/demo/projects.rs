//! Loads the demo's projects: the approved proposals' projects and eight defined from
//! committee decisions, assigned to executive agencies and run through the real operations —
//! reports over the past months, milestones, a few completed, suspended or stalled, and
//! officials' follow-ups — so `/projects`, `/follow-up` and the journeys are meaningful.
use super::directory::Seeded;
use super::proposals::user_id;
use super::DemoError;
use app::domain::jalali::JalaliDate;
use app::domain::permissions::Actor;
use app::domain::project_rules::MilestoneText;
use app::domain::roles::Role;
use app::server::db::Db;
use app::server::db::{projects as store, DbError};
use app::server::now_ms;
use app::server::projects::assignment::{assign, AssignmentInput};
use app::server::projects::creation::from_decision;
use app::server::projects::detail::detail;
use app::server::projects::follow_up::record;
use app::server::projects::progress::{change_status, post_update, tick_milestone, UpdateInput};

const DAY_MS: i64 = 24 * 3600 * 1000;

/// (committee index, title, decision) of projects defined straight from committee decisions.
const DECISIONS: [(usize, &str, &str); 8] = [
    (
        2,
        "بهسازی معبر اصلی زورآباد",
        "مصوبه جلسه ۱۴ کمیته کالبدی: بهسازی و آسفالت معبر اصلی با اولویت مسیر مدرسه.",
    ),
    (
        3,
        "ایستگاه‌های تفکیک پسماند در ده پیاله",
        "مصوبه جلسه ۹ کمیته محیط زیست: ده ایستگاه تفکیک با همکاری شهرداری.",
    ),
    (
        0,
        "مرکز مشاوره خانواده در حصار",
        "مصوبه جلسه ۱۱ کمیته اجتماعی: راه‌اندازی مرکز مشاوره با بهزیستی.",
    ),
    (
        1,
        "بازارچه محلی محصولات خانگی",
        "مصوبه جلسه ۷ کمیته اقتصادی: بازارچه هفتگی برای تولیدکنندگان محله.",
    ),
    (
        2,
        "ساماندهی کوچه‌های بن‌بست خاک سفید",
        "مصوبه جلسه ۱۵ کمیته کالبدی: بازگشایی مسیر امدادی در سه کوچه.",
    ),
    (
        3,
        "پایگاه سلامت محله کوی گلستان",
        "مصوبه جلسه ۱۰ کمیته محیط زیست و سلامت: پایگاه سلامت با شبکه بهداشت.",
    ),
    (
        0,
        "کتابخانه سیار برای کودکان",
        "مصوبه جلسه ۱۲ کمیته اجتماعی: کتابخانه سیار در چهار محله.",
    ),
    (
        1,
        "آموزش کسب‌وکار خانگی",
        "مصوبه جلسه ۸ کمیته اقتصادی: دوره‌های کوتاه کسب‌وکار برای زنان.",
    ),
];

/// How a demo project has gone: (lead agency index 0–7, started days ago, reports as (days
/// ago, percent), milestones as (title, due days after start, done), final move).
type Scenario = (
    usize,
    i64,
    &'static [(i64, i64)],
    &'static [(&'static str, i64, bool)],
    &'static str,
);

const SCENARIOS: [Scenario; 15] = [
    (
        0,
        150,
        &[(120, 15), (80, 40), (45, 55)],
        &[("خرید تجهیزات", 30, true), ("اجرای مرحله اول", 90, false)],
        "stalled",
    ),
    (
        1,
        200,
        &[(170, 20), (110, 60), (20, 100)],
        &[("شروع کار", 20, true), ("تحویل", 180, true)],
        "complete",
    ),
    (
        2,
        90,
        &[(70, 10), (40, 35), (8, 50)],
        &[("آموزش داوطلبان", 30, true), ("میانه کار", 120, false)],
        "running",
    ),
    (
        3,
        120,
        &[(100, 10), (60, 25)],
        &[("تأمین مصالح", 20, true), ("اجرای فاز یک", 60, false)],
        "stalled",
    ),
    (
        4,
        60,
        &[(50, 5), (10, 30)],
        &[("نیازسنجی تکمیلی", 15, true)],
        "running",
    ),
    (
        5,
        180,
        &[(150, 20), (90, 45)],
        &[("برنامه‌ریزی", 10, true)],
        "suspend",
    ),
    (
        0,
        30,
        &[(5, 10)],
        &[("آغاز کار", 10, true), ("گزارش میانی", 60, false)],
        "running",
    ),
    (
        6,
        240,
        &[(210, 30), (150, 70), (60, 100)],
        &[("تجهیز", 30, true), ("بهره‌برداری", 200, true)],
        "complete",
    ),
    (7, 75, &[], &[("شروع کار", 15, false)], "stalled"),
    (
        1,
        100,
        &[(80, 20), (30, 45)],
        &[("فاز یک", 40, true), ("فاز دو", 70, false)],
        "stalled",
    ),
    (2, 45, &[(12, 15)], &[], "running"),
    (3, 0, &[], &[("آغاز", 30, false)], "planned"),
    (
        4,
        130,
        &[(100, 25), (50, 60), (3, 75)],
        &[("فاز یک", 40, true)],
        "running",
    ),
    (5, 20, &[], &[], "unassigned"),
    (
        0,
        160,
        &[(140, 30), (90, 80), (35, 100)],
        &[("اجرا", 60, true), ("تحویل", 150, true)],
        "complete",
    ),
];

fn jalali(days_ago: i64) -> String {
    JalaliDate::from_unix_ms(now_ms() - days_ago * DAY_MS)
        .map(|d| d.to_numeric())
        .unwrap_or_default()
}

pub async fn seed(db: &Db, seeded: &Seeded, reps: &[Actor]) -> Result<(), DemoError> {
    let official = Actor::new(user_id(db, "official").await?, Role::Official);
    let invalid = |_| DemoError::Invalid("project");
    let (approved, _) = store::page(db.read(), "", None, 100, 0).await?;
    let mut ids: Vec<i64> = approved.iter().rev().map(|p| p.id).collect();
    for (committee, title, decision) in DECISIONS {
        let id = from_decision(db, &official, seeded.committees[committee], title, decision)
            .await
            .map_err(invalid)?;
        ids.push(id);
    }
    let now = now_ms();
    for (i, id) in ids.into_iter().enumerate() {
        let (agency, started, reports, milestones, end) = SCENARIOS[i % SCENARIOS.len()];
        if end == "unassigned" {
            continue;
        }
        let lead = &reps[12 + agency];
        let version = detail(db, None, Default::default(), id)
            .await
            .map_err(invalid)?
            .version;
        let place = seeded.neighbourhoods[(i * 5) % seeded.neighbourhoods.len()];
        let input = AssignmentInput {
            lead: seeded.organisations[12 + agency].to_string(),
            budget_rials: format!("{}", (i as i64 + 2) * 1_250_000_000),
            planned_start: jalali(started),
            planned_end: jalali(started - 365),
            partners: vec![seeded.organisations[i % 12]],
            partner_roles: vec!["بسیج داوطلبان و ارتباط با ساکنان".into()],
            people: Vec::new(),
            neighbourhoods: vec![place],
            milestones: milestones
                .iter()
                .map(|(title, due, _)| MilestoneText {
                    title: title.to_string(),
                    due_on: jalali(started - due),
                    weight: "50".into(),
                })
                .collect(),
        };
        assign(db, &official, id, version, input)
            .await
            .map_err(invalid)?;
        if end == "planned" {
            continue;
        }
        change_status(db, lead, id, "start", "")
            .await
            .map_err(invalid)?;
        for (days_ago, percent) in reports {
            let update = UpdateInput {
                reported_on: jalali(*days_ago),
                percent: percent.to_string(),
                body: "کارهای این دوره طبق برنامه انجام شد؛ جزئیات در پرونده پروژه.".into(),
            };
            post_update(db, lead, id, update).await.map_err(invalid)?;
        }
        let page = detail(db, Some(lead), Default::default(), id)
            .await
            .map_err(invalid)?;
        for (m, (_, _, done)) in page.milestones.iter().zip(milestones.iter()) {
            if *done {
                tick_milestone(db, lead, m.id, true)
                    .await
                    .map_err(invalid)?;
            }
        }
        match end {
            "complete" => {
                change_status(db, lead, id, "complete", "")
                    .await
                    .map_err(invalid)?;
            }
            "suspend" => {
                let reason = "اعتبار سه‌ماهه دوم هنوز تخصیص نیافته است.";
                change_status(db, lead, id, "suspend", reason)
                    .await
                    .map_err(invalid)?;
            }
            "stalled" if i % 2 == 0 => {
                let note = "با مدیر پروژه تماس گرفته شد؛ قول گزارش تا پایان هفته داد.";
                record(db, &official, id, "called", note)
                    .await
                    .map_err(invalid)?;
            }
            _ => {}
        }
        let mut tx = db.write().begin().await.map_err(DbError::from)?;
        store::set_times(
            &mut tx,
            id,
            now - (started + 20) * DAY_MS,
            now - started * DAY_MS,
        )
        .await?;
        tx.commit().await.map_err(DbError::from)?;
    }
    Ok(())
}
