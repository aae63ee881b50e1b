//! Demo centres and placements: eight centres opened when the network began, each with a
//! manager account (`centre1`…) who published two requests; then the intermediaries propose
//! the active volunteers who suit a request best. Most were accepted soon after they became
//! active; some wait for the centre's answer, one was declined, one went unanswered and came
//! back to its intermediary. All through the centres' and intermediaries' own operations.
use super::directory::Seeded;
use super::replay::{actor, actor_of, as_of, bridge_of, iran_day, refused, typed, DAY_MS};
use super::volunteers::OPENED_DAYS_AGO;
use super::volunteers_data::{CENTRES, DECLINE_REASON, MANAGER, REQUEST_NOTES};
use super::DemoError;
use app::domain::availability::cell_value;
use app::domain::directory_rules::iso;
use app::domain::volunteer_routing::for_every_volunteer;
use app::server::centres::forms::{add_request, create, CentreInput, RequestInput};
use app::server::centres::placements::{answer, propose, return_overdue};
use app::server::db::centres;
use app::server::db::volunteers as store;
use app::server::db::{neighbourhoods, users, Db, DbError};
use app::server::now_ms;
use std::collections::HashMap;

/// Twelve placements at first; then one declined and one returned to the intermediary.
const PLACED: i64 = 12;
/// Days a centre has to answer a proposal.
const ANSWER_DAYS: i64 = 7;

pub async fn seed(db: &Db, seeded: &Seeded, roles: &[i64], hash: &str) -> Result<(), DemoError> {
    let now = now_ms();
    let opened = now - OPENED_DAYS_AGO * DAY_MS;
    let official = actor(db, "official").await?;
    let mut centre_ids = Vec::new();
    for (i, (name, kind, n, runner)) in CENTRES.into_iter().enumerate() {
        let username = format!("centre{}", i + 1);
        let manager = manager_account(db, &username, name, hash, opened).await?;
        let neighbourhood = seeded.neighbourhoods[n % seeded.neighbourhoods.len()];
        let at = neighbourhoods::find(db.read(), neighbourhood)
            .await?
            .and_then(|r| r.latitude.zip(r.longitude));
        let input = CentreInput {
            name: name.into(),
            kind: kind.into(),
            neighbourhood: neighbourhood.to_string(),
            organisation: seeded.organisations[runner % seeded.organisations.len()].to_string(),
            manager: username,
            address: String::new(),
            // A street or two from the neighbourhood's middle.
            latitude: at
                .map(|(lat, _)| format!("{:.5}", lat + 0.002))
                .unwrap_or_default(),
            longitude: at
                .map(|(_, lon)| format!("{:.5}", lon - 0.002))
                .unwrap_or_default(),
        };
        let centre = as_of(opened, create(db, &official, input))
            .await
            .map_err(refused("centre"))?;
        centre_ids.push(centre);
        let manager = actor_of(db, manager).await?;
        for k in 0..2 {
            let needed = (0..5)
                .map(|d| cell_value((d + i as u32 + k) % 7, (i as u32 + k) % 3))
                .collect();
            let input = RequestInput {
                role: roles[(i * 2 + k as usize) % roles.len()].to_string(),
                places: (2 + (i + k as usize) % 3).to_string(),
                needed,
                starts_on: typed(iran_day(opened)),
                ends_on: String::new(),
                note: REQUEST_NOTES[(i + k as usize) % REQUEST_NOTES.len()].into(),
            };
            as_of(opened, add_request(db, &manager, centre, input))
                .await
                .map_err(refused("request"))?;
        }
    }
    place(db, now).await?;
    super::shifts::seed(db, &centre_ids).await?;
    super::service::seed(db, &centre_ids).await?;
    super::veterans::seed(db).await?;
    super::merges::seed(db, hash).await
}

async fn manager_account(
    db: &Db,
    username: &str,
    centre: &str,
    hash: &str,
    at: i64,
) -> Result<i64, DemoError> {
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    let id = users::insert(
        &mut tx,
        users::NewUser {
            username,
            display_name: &format!("{MANAGER} {centre}"),
            search_text: username,
            email: None,
            password_hash: hash,
            role: "member",
            now: at - DAY_MS,
        },
    )
    .await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(id)
}

/// Each active volunteer's best request, proposed by their intermediary's representative.
async fn place(db: &Db, now: i64) -> Result<(), DemoError> {
    let opened = now - OPENED_DAYS_AGO * DAY_MS;
    let openings = centres::openings(db.read(), &iso(iran_day(now))).await?;
    let candidates = centres::candidates(db.read(), None).await?;
    let mut managers = HashMap::new();
    let mut placed = 0;
    for (volunteer, found) in for_every_volunteer(&candidates, &openings, 1) {
        let Some(mut request) = found.first().map(|s| s.request) else {
            continue;
        };
        // The routing above saw every request empty: one filled since is asked again, as the
        // intermediary's page would show it now.
        let full = centres::request(db.read(), request)
            .await?
            .is_none_or(|r| r.places_left <= 0);
        if full {
            let now_open = centres::openings(db.read(), &iso(iran_day(now))).await?;
            let this: Vec<_> = candidates
                .iter()
                .filter(|c| c.volunteer == volunteer)
                .cloned()
                .collect();
            match for_every_volunteer(&this, &now_open, 1)
                .first()
                .and_then(|(_, found)| found.first())
            {
                Some(best) => request = best.request,
                None => continue,
            }
        }
        let row = store::by_id(db.read(), volunteer)
            .await?
            .ok_or(DemoError::Invalid("volunteer"))?;
        let bridge = bridge_of(db, row.intermediary_id).await?;
        // The last two come back to their intermediary: one declined, one left unanswered.
        let (declined, returned) = (placed == PLACED, placed == PLACED + 1);
        let waiting = placed % 3 == 2 && placed < PLACED;
        let proposed = if returned {
            now - 10 * DAY_MS
        } else if waiting || declined {
            now - (placed + 1) * 3_600_000
        } else {
            // Soon after the volunteer became active (or the centres opened).
            (row.state_at + 2 * DAY_MS)
                .max(opened + DAY_MS)
                .min(now - 2 * DAY_MS)
        };
        let id = as_of(
            proposed,
            propose(db, &bridge, volunteer, request, ANSWER_DAYS),
        )
        .await
        .map_err(refused("proposal"))?;
        let centre = centres::request(db.read(), request)
            .await?
            .ok_or(DemoError::Invalid("request"))?
            .centre_id;
        let manager = match managers.get(&centre) {
            Some(m) => m,
            None => {
                let m = centres::find(db.read(), centre)
                    .await?
                    .and_then(|c| c.manager_id)
                    .ok_or(DemoError::Invalid("centre manager"))?;
                managers.insert(centre, actor_of(db, m).await?);
                &managers[&centre]
            }
        };
        if declined {
            as_of(
                now - 1_800_000,
                answer(db, manager, id, false, DECLINE_REASON),
            )
            .await
            .map_err(refused("decline"))?;
        } else if !waiting && !returned {
            as_of(proposed + DAY_MS, answer(db, manager, id, true, ""))
                .await
                .map_err(refused("acceptance"))?;
        }
        placed += 1;
        if placed >= PLACED + 2 {
            break;
        }
    }
    // The unanswered one returns as the periodic task returns it.
    return_overdue(db, now).await.map_err(refused("return"))?;
    Ok(())
}
