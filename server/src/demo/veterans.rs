//! Demo veterans: the two longest-serving volunteers were honoured on the International
//! Volunteer Day last year; one who came to the centres' shifts has died, and their
//! intermediary keeps a family contact.
use super::replay::{actor, as_of, bridge_of, iran_day, iran_moment, refused, typed};
use super::DemoError;
use app::server::db::veterans as store;
use app::server::db::Db;
use app::server::now_ms;
use app::server::volunteers::veterans::{death, honour};
use chrono::Duration;

/// «روز جهانی داوطلب»: the International Volunteer Day.
const OCCASION: &str = "\u{631}\u{648}\u{632} \u{62c}\u{647}\u{627}\u{646}\u{6cc} \u{62f}\u{627}\u{648}\u{637}\u{644}\u{628}";
/// «دختر: ۰۹۱۲ ۰۰۰ ۰۰۰۰» (daughter, an invented number).
const FAMILY: &str = "\u{62f}\u{62e}\u{62a}\u{631}: 0912 000 0000";

pub async fn seed(db: &Db) -> Result<(), DemoError> {
    let today = iran_day(now_ms());
    let official = actor(db, "official").await?;
    let mut veterans = store::all(db.read(), None).await?;
    veterans.sort_by(|a, b| b.minutes.cmp(&a.minutes).then(a.id.cmp(&b.id)));
    for v in veterans.iter().take(2) {
        let day = today - Duration::days(361);
        as_of(
            iran_moment(day, 18),
            honour(db, &official, v.id, &typed(day), OCCASION),
        )
        .await
        .map_err(refused("honour"))?;
    }
    // The one who died came to the centres' shifts and was placed nowhere (so no centre
    // still counts on them, and no day of theirs is reported after it).
    let ids: Vec<i64> = veterans.iter().map(|v| v.id).collect();
    let placed: Vec<i64> = app::server::db::centres::placements_of(db.read(), &ids)
        .await?
        .into_iter()
        .map(|p| p.volunteer_id)
        .collect();
    let passed = veterans
        .iter()
        .skip(2)
        .find(|v| v.minutes > 0 && !placed.contains(&v.id));
    if let Some(v) = passed {
        // Their intermediary records it now, the family having told them.
        let row = app::server::db::volunteers::by_id(db.read(), v.id)
            .await?
            .ok_or(DemoError::Invalid("veteran"))?;
        let bridge = bridge_of(db, row.intermediary_id).await?;
        let day = today - Duration::days(20);
        death(db, &bridge, v.id, &typed(day), FAMILY)
            .await
            .map_err(refused("death"))?;
    }
    Ok(())
}
