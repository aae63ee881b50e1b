//! Demo veterans: the two longest-serving volunteers were honoured on the International
//! Volunteer Day last year; the third has died, and their intermediary keeps a family contact.
use super::DemoError;
use app::domain::directory_rules::iso;
use app::domain::reminders::iran_time;
use app::server::db::veterans as store;
use app::server::db::{users, Db, DbError};
use app::server::now_ms;
use chrono::Duration;

/// «روز جهانی داوطلب»: the International Volunteer Day.
const OCCASION: &str = "\u{631}\u{648}\u{632} \u{62c}\u{647}\u{627}\u{646}\u{6cc} \u{62f}\u{627}\u{648}\u{637}\u{644}\u{628}";
/// «دختر: ۰۹۱۲ ۰۰۰ ۰۰۰۰» (daughter, an invented number).
const FAMILY: &str = "\u{62f}\u{62e}\u{62a}\u{631}: 0912 000 0000";

pub async fn seed(db: &Db) -> Result<(), DemoError> {
    let now = now_ms();
    let today = iran_time(now).date();
    let official = users::find_by_username(db.read(), "official")
        .await?
        .ok_or(DemoError::Invalid("official"))?;
    let mut veterans = store::all(db.read(), None).await?;
    veterans.sort_by(|a, b| b.minutes.cmp(&a.minutes).then(a.id.cmp(&b.id)));
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    for v in veterans.iter().take(2) {
        let day = iso(today - Duration::days(361));
        store::insert_honour(&mut tx, v.id, &day, OCCASION, official.id, now).await?;
    }
    if let Some(v) = veterans.get(2) {
        let day = iso(today - Duration::days(20));
        store::record_death(&mut tx, v.id, &day, FAMILY, now).await?;
        app::server::shifts::signups::withdraw_all(&mut tx, v.id, now).await?;
    }
    tx.commit().await.map_err(DbError::from)?;
    Ok(())
}
