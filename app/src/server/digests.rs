//! The digest: once a day or once a week (each person's choice), by day in Iran, an email in
//! their language listing what waits for them (the groups of "my work") and their unread
//! notifications. The record of each digest is written in the same transaction as its email,
//! so it is given once per period whichever instance runs.
use crate::api::AppError;
use crate::domain::digits::to_persian_digits;
use crate::domain::my_work::WorkGroup;
use crate::domain::project_rules::StalledRule;
use crate::domain::reminders::{daytime_in_iran, digest_period, iran_time, DigestChoice};
use crate::i18n::*;
use crate::server::auth::caller::load_actor;
use crate::server::db::reminders as store;
use crate::server::db::{notifications, outbox, users, Db, DbError};
use crate::server::email::locale_of;
use crate::server::my_work::for_actor;
use crate::ui::components::work_labels::{heading_in, timing_in};
use tracing::instrument;

/// The digest's subject and plain-text body, right-to-left in Persian (the email client
/// aligns it by its first strong character), links leading to `origin`.
pub fn digest_text(
    locale: Locale,
    weekly: bool,
    groups: &[WorkGroup],
    unread: i64,
    origin: &str,
) -> (String, String) {
    let n = |v: i64| {
        if locale == Locale::fa {
            to_persian_digits(&v.to_string())
        } else {
            v.to_string()
        }
    };
    let app = td_string!(locale, app_name);
    let title = if weekly {
        td_string!(locale, digest.weekly_subject)
    } else {
        td_string!(locale, digest.daily_subject)
    };
    let mut body = format!("{title}\n\n");
    for g in groups {
        body.push_str(&format!(
            "■ {} ({})\n",
            heading_in(locale, g.kind),
            n(g.total)
        ));
        for item in &g.items {
            let when = timing_in(locale, item.timing);
            let when = if when.is_empty() {
                String::new()
            } else {
                format!(" — {when}")
            };
            body.push_str(&format!(
                "  • {}{when}\n    {origin}{}\n",
                item.title, item.link
            ));
        }
        let more = g.total - g.items.len() as i64;
        if more > 0 {
            body.push_str(&format!(
                "  {}\n",
                td_string!(locale, work.more, count = n(more))
            ));
        }
        body.push('\n');
    }
    if unread > 0 {
        body.push_str(&format!(
            "{}\n{origin}/notifications\n\n",
            td_string!(locale, digest.unread, count = n(unread))
        ));
    }
    body.push_str(&format!(
        "{}\n{origin}/\n\n-- \n",
        td_string!(locale, digest.open)
    ));
    body.push_str(td_string!(locale, digest.footer));
    body.push('\n');
    (format!("{app}: {title}"), body)
}

/// Gives the digests due now that were not given yet; returns how many emails were queued.
/// Someone with nothing waiting and nothing unread gets no email (the period still counts).
#[instrument(skip_all)]
pub async fn run(db: &Db, stalled: StalledRule, now: i64, origin: &str) -> Result<usize, AppError> {
    if !daytime_in_iran(now) {
        return Ok(0);
    }
    let today = iran_time(now).date();
    let mut queued = 0;
    let daily = digest_period(DigestChoice::Daily, today).unwrap_or_default();
    let weekly = digest_period(DigestChoice::Weekly, today).unwrap_or_default();
    for (user_id, choice) in store::digest_readers(db.read(), &daily, &weekly).await? {
        let Some(choice) = DigestChoice::parse(&choice) else {
            continue;
        };
        let Some(period) = digest_period(choice, today) else {
            continue;
        };
        let Some(user) = users::find(db.read(), user_id).await? else {
            continue;
        };
        let actor = load_actor(db, &user).await?;
        let groups = for_actor(db, &actor, stalled, today).await?;
        let unread = notifications::unread_count(db.read(), user_id).await?;
        let mut tx = db.write().begin().await.map_err(DbError::from)?;
        if !store::record_digest(&mut tx, user_id, &period, now).await? {
            continue;
        }
        if !groups.is_empty() || unread > 0 {
            let weekly = choice == DigestChoice::Weekly;
            let (subject, body) =
                digest_text(locale_of(&user.locale), weekly, &groups, unread, origin);
            if outbox::enqueue_own(&mut tx, user_id, &subject, &body, now).await? {
                queued += 1;
            }
        }
        tx.commit().await.map_err(DbError::from)?;
    }
    Ok(queued)
}
