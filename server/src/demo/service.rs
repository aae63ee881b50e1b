//! Demo hours of service: every placed volunteer served about weekly since the centre accepted
//! them and reported each day the next morning; the centre approved it a day later, refused one
//! with a reason, and has the last two still waiting. Certificates fall due as the hours
//! are approved, as they would for real.
use super::replay::{actor_of, as_of, iran_day, iran_moment, refused, typed, DAY_MS};
use super::DemoError;
use app::server::db::centres;
use app::server::db::service as store;
use app::server::db::{volunteers, Db};
use app::server::now_ms;
use app::server::service::hours::{decide, report, HoursInput};
use chrono::Duration;
use std::collections::HashMap;

const NOTES: [&str; 3] = [
    "\u{6a9}\u{644}\u{627}\u{633} \u{639}\u{635}\u{631}",
    "",
    "\u{628}\u{631}\u{646}\u{627}\u{645}\u{647}\u{654} \u{628}\u{627}\u{632}\u{6cc}",
];
/// «این روز مرکز بسته بود»: why the centre refused a day.
const CLOSED: &str = "\u{627}\u{6cc}\u{646} \u{631}\u{648}\u{632} \u{645}\u{631}\u{6a9}\u{632} \u{628}\u{633}\u{62a}\u{647} \u{628}\u{648}\u{62f}";

pub async fn seed(db: &Db, centre_ids: &[i64]) -> Result<(), DemoError> {
    let now = now_ms();
    let yesterday = iran_day(now) - Duration::days(1);
    let mut placed = Vec::new();
    let mut managers = HashMap::new();
    for centre in centre_ids {
        let row = centres::find(db.read(), *centre)
            .await?
            .ok_or(DemoError::Invalid("centre"))?;
        let manager = row.manager_id.ok_or(DemoError::Invalid("centre manager"))?;
        managers.insert(*centre, actor_of(db, manager).await?);
        for p in centres::placements_at(db.read(), *centre).await? {
            if p.state == "accepted" {
                placed.push(p);
            }
        }
    }
    placed.sort_by_key(|p| p.id);
    let ids: Vec<i64> = placed.iter().map(|p| p.volunteer_id).collect();
    let users: HashMap<i64, i64> = volunteers::by_ids(db.read(), &ids)
        .await?
        .into_iter()
        .map(|v| (v.id, v.user_id))
        .collect();
    for (n, p) in placed.iter().enumerate() {
        let accepted = iran_day(p.decided_at.ok_or(DemoError::Invalid("placement"))?);
        let user = users
            .get(&p.volunteer_id)
            .copied()
            .ok_or(DemoError::Invalid("volunteer"))?;
        let volunteer = actor_of(db, user).await?;
        let centre = &managers[&p.centre_id];
        let mut days = Vec::new();
        let mut day = accepted + Duration::days(1 + n as i64 % 3);
        while day <= yesterday {
            days.push(day);
            day += Duration::days(7);
        }
        let last = days.len();
        for (k, day) in days.into_iter().enumerate() {
            let minutes = 120 + (k * 30 + n * 45) % 150;
            let served_on = typed(day);
            let hours = format!("{}:{:02}", minutes / 60, minutes % 60);
            let input = HoursInput {
                served_on: &served_on,
                hours: &hours,
                note: NOTES[k % NOTES.len()],
            };
            let reported = iran_moment(day + Duration::days(1), 9).min(now - 3_600_000);
            let id = as_of(reported, report(db, &volunteer, p.id, input))
                .await
                .map_err(refused("hours report"))?;
            if k + 2 >= last {
                continue;
            }
            let version = store::hours(db.read(), id)
                .await?
                .ok_or(DemoError::Invalid("hours"))?
                .version;
            let (approve, reason) = if k == 3 { (false, CLOSED) } else { (true, "") };
            let decided = (reported + DAY_MS).min(now - 1_800_000);
            as_of(decided, decide(db, centre, id, version, approve, reason))
                .await
                .map_err(refused("hours decision"))?;
        }
    }
    Ok(())
}
