//! Demo hours of service: every placed volunteer served about weekly since the centre accepted
//! them; their last two days wait for the centre, one day was not approved; the certificates
//! their hours and years have earned are then issued as the periodic task would.
use super::DemoError;
use app::server::db::centres;
use app::server::db::service::{self as store, NewHours};
use app::server::db::volunteers;
use app::server::db::{Db, DbError};
use app::server::now_ms;
use std::collections::HashMap;

const NOTES: [&str; 3] = [
    "\u{6a9}\u{644}\u{627}\u{633} \u{639}\u{635}\u{631}",
    "",
    "\u{628}\u{631}\u{646}\u{627}\u{645}\u{647}\u{654} \u{628}\u{627}\u{632}\u{6cc}",
];

pub async fn seed(db: &Db, centre_ids: &[i64]) -> Result<(), DemoError> {
    let now = now_ms();
    let yesterday = chrono::Utc::now().date_naive() - chrono::Duration::days(1);
    let mut placed = Vec::new();
    for centre in centre_ids {
        for p in centres::placements_at(db.read(), *centre).await? {
            if p.state == "accepted" {
                placed.push(p);
            }
        }
    }
    let ids: Vec<i64> = placed.iter().map(|p| p.volunteer_id).collect();
    let users: HashMap<i64, i64> = volunteers::by_ids(db.read(), &ids)
        .await?
        .into_iter()
        .map(|v| (v.id, v.user_id))
        .collect();
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    for (n, p) in placed.iter().enumerate() {
        let Some(decided) = p.decided_at else {
            continue;
        };
        let user = users
            .get(&p.volunteer_id)
            .copied()
            .ok_or(DemoError::Invalid("volunteer"))?;
        let start = chrono::DateTime::from_timestamp_millis(decided)
            .map(|t| t.date_naive())
            .ok_or(DemoError::Invalid("date"))?;
        let mut days = Vec::new();
        let mut day = start + chrono::Duration::days(1 + n as i64 % 3);
        while day <= yesterday {
            days.push(day);
            day += chrono::Duration::days(7);
        }
        let last = days.len();
        for (k, day) in days.into_iter().enumerate() {
            let waiting = k + 2 >= last;
            let refused = !waiting && k == 3;
            let state = match (waiting, refused) {
                (true, _) => "pending",
                (_, true) => "rejected",
                _ => "approved",
            };
            let served_on = day.to_string();
            let reported_at = (day + chrono::Duration::days(1))
                .and_hms_opt(9, 0, 0)
                .map(|t| t.and_utc().timestamp_millis())
                .unwrap_or(now)
                .min(now);
            let id = store::insert_hours(
                &mut tx,
                &NewHours {
                    volunteer_id: p.volunteer_id,
                    placement_id: Some(p.id),
                    signup_id: None,
                    centre_id: p.centre_id,
                    role_id: p.role_id,
                    served_on: &served_on,
                    minutes: 120 + ((k * 30 + n * 45) % 150) as i64,
                    note: NOTES[k % NOTES.len()],
                    state: if state == "approved" {
                        state
                    } else {
                        "pending"
                    },
                    reported_by: user,
                    decided_by: None,
                    now: reported_at,
                },
            )
            .await?;
            if let (Some(id), true) = (id, refused) {
                let reason = "\u{627}\u{6cc}\u{646} \u{631}\u{648}\u{632} \u{645}\u{631}\u{6a9}\u{632} \u{628}\u{633}\u{62a}\u{647} \u{628}\u{648}\u{62f}";
                store::decide_hours(&mut tx, id, 1, "rejected", reason, user, reported_at).await?;
            }
        }
    }
    tx.commit().await.map_err(DbError::from)?;
    app::server::service::certificates::award_due(db, None, now)
        .await
        .map_err(|_| DemoError::Invalid("certificates"))?;
    Ok(())
}
