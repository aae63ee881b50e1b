//! Demo volunteers: three intermediary institutions (the first three NGOs, so the `ngo`,
//! `ngo1` and `ngo2` accounts see their rosters), two registration drives (Ramadan, Nowruz), and eighty volunteers in
//! every state, registered over the past months.
use super::directory::Seeded;
use super::volunteers_data::{
    CENTRES, DRIVE, FAMILY, GIVEN, NOWRUZ_DRIVE, REQUEST_NOTES, SKILLS, STOP_REASONS,
};
use super::{DemoError, DEMO_PASSWORD};
use app::domain::availability::Week;
use app::domain::normalize::fold_for_search;
use app::domain::volunteer_routing::for_every_volunteer;
use app::domain::volunteer_routing::Point;
use app::server::auth::password;
use app::server::db::centres::{self, NewCentre, NewRequest};
use app::server::db::neighbourhoods;
use app::server::db::volunteers::{self as store, NewVolunteer};
use app::server::db::{organisations, users, Db, DbError};
use app::server::now_ms;
use secrecy::SecretString;

const DAY_MS: i64 = 24 * 3600 * 1000;
pub const VOLUNTEERS: usize = 80;

/// A valid national code made from `n` (its check digit computed as the registry does).
fn national_code(n: usize) -> String {
    let base = format!("{:09}", 100_000_000 + n * 7_919);
    let sum: u32 = base
        .bytes()
        .enumerate()
        .map(|(i, b)| u32::from(b - b'0') * (10 - i as u32))
        .sum();
    let rest = sum % 11;
    let check = if rest < 2 { rest } else { 11 - rest };
    format!("{base}{check}")
}

pub async fn seed(db: &Db, seeded: &Seeded) -> Result<(), DemoError> {
    let intermediaries: Vec<i64> = seeded.organisations.iter().take(3).copied().collect();
    let roles: Vec<i64> = store::roles(db.read())
        .await?
        .iter()
        .map(|r| r.id)
        .collect();
    // Every demo account shares one password: hash it once, not eighty times.
    let hash = password::hash(SecretString::from(DEMO_PASSWORD))
        .await
        .map_err(|_| DemoError::Invalid("password"))?;
    let now = now_ms();
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    for id in &intermediaries {
        store::set_intermediary(&mut tx, *id, true).await?;
    }
    let (code, name, starts_on) = DRIVE;
    let drive = store::insert_drive(&mut tx, code, name, starts_on, None, None, now).await?;
    let (code, name, starts_on) = NOWRUZ_DRIVE;
    let nowruz = store::insert_drive(
        &mut tx,
        code,
        name,
        starts_on,
        Some("2026-04-02"),
        None,
        now,
    )
    .await?;
    for i in 0..VOLUNTEERS {
        let full_name = format!(
            "{} {}",
            GIVEN[i % GIVEN.len()],
            FAMILY[(i * 7) % FAMILY.len()]
        );
        let username = format!("volunteer{}", i + 1);
        let user = users::insert(
            &mut tx,
            users::NewUser {
                username: &username,
                display_name: &full_name,
                search_text: &fold_for_search(&full_name),
                email: None,
                password_hash: &hash,
                role: "member",
                now,
            },
        )
        .await?;
        // Registered between 2 and 200 days ago; the newest still wait.
        let applied = now - (2 + (i as i64 * 37) % 199) * DAY_MS;
        let mut week = Week::EMPTY;
        for k in 0..(2 + i % 5) as u32 {
            week = week.with((i as u32 + k * 3) % 7, (i as u32 + k) % 3);
        }
        let code = national_code(i);
        let mobile = format!("0912{:07}", 1_000_000 + i * 4_931);
        let id = store::insert(
            &mut tx,
            NewVolunteer {
                user_id: user,
                full_name: &full_name,
                search_text: &fold_for_search(&full_name),
                national_code: &code,
                mobile: &mobile,
                birth_year: 1340 + (i as i64 * 13) % 45,
                gender: Some(if i % GIVEN.len() < 8 {
                    "female"
                } else {
                    "male"
                }),
                neighbourhood_id: seeded
                    .neighbourhoods
                    .get(i % seeded.neighbourhoods.len().max(1))
                    .copied(),
                intermediary_id: intermediaries[i % intermediaries.len()],
                drive_id: match i % 12 {
                    0 | 4 | 8 => Some(drive),
                    1 | 6 => Some(nowruz),
                    _ => None,
                },
                availability: i64::from(week.0),
                private_note: if i % 9 == 0 {
                    app::domain::volunteer_rules::FORMER_RECIPIENT
                } else {
                    ""
                },
                now: applied,
            },
        )
        .await?;
        let offered = [roles[i % roles.len()], roles[(i * 3 + 1) % roles.len()]];
        store::set_offers(&mut tx, id, &offered).await?;
        if i % 3 == 0 {
            store::add_skill(&mut tx, id, SKILLS[i % SKILLS.len()], "skilled").await?;
        }
        // A fifth still wait (some for weeks: the roster shows how long); most are active.
        let (state, reason) = match i % 10 {
            0 | 1 => ("applied", ""),
            2 => ("verified", ""),
            3 => ("inactive", STOP_REASONS[i % STOP_REASONS.len()]),
            _ => ("active", ""),
        };
        if state != "applied" {
            let at = applied + (3 + i as i64 % 10) * DAY_MS;
            store::set_state(&mut tx, id, 1, state, reason, at.min(now)).await?;
        }
    }
    tx.commit().await.map_err(DbError::from)?;
    seed_centres(db, seeded, &roles, &hash).await
}

/// Twelve placements at first; then one declined and one returned to the intermediary.
const PLACED: i64 = 12;

/// Eight centres, each with a manager account (`centre1`…) and two requests, and placements:
/// some accepted, some waiting for the centre's answer, one declined, one returned.
async fn seed_centres(
    db: &Db,
    seeded: &Seeded,
    roles: &[i64],
    hash: &str,
) -> Result<(), DemoError> {
    let now = now_ms();
    let today = chrono::Utc::now().date_naive();
    let mut places = Vec::new();
    for (_, _, n, _) in CENTRES {
        let id = seeded.neighbourhoods[n % seeded.neighbourhoods.len()];
        let row = neighbourhoods::find(db.read(), id).await?;
        places.push((id, row.and_then(|r| r.latitude.zip(r.longitude))));
    }
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    let mut requests = Vec::new();
    let mut centre_ids = Vec::new();
    for (i, (name, kind, _, runner)) in CENTRES.into_iter().enumerate() {
        let username = format!("centre{}", i + 1);
        let manager = users::insert(
            &mut tx,
            users::NewUser {
                username: &username,
                display_name: &format!("{} {name}", super::volunteers_data::MANAGER),
                search_text: &username,
                email: None,
                password_hash: hash,
                role: "member",
                now,
            },
        )
        .await?;
        let (neighbourhood, at) = places[i];
        let centre = centres::insert(
            &mut tx,
            NewCentre {
                name,
                kind,
                neighbourhood_id: neighbourhood,
                organisation_id: seeded.organisations[runner % seeded.organisations.len()],
                manager_id: Some(manager),
                address: "",
                location: at.map(|(lat, lon)| Point {
                    lat: lat + 0.002,
                    lon: lon - 0.002,
                }),
                search_text: &fold_for_search(name),
                now,
            },
        )
        .await?;
        centre_ids.push(centre);
        for k in 0..2 {
            let mut needed = Week::EMPTY;
            for d in 0..5 {
                needed = needed.with((d + i as u32 + k) % 7, (i as u32 + k) % 3);
            }
            let starts = (today - chrono::Duration::days(30 + 10 * i as i64)).to_string();
            let id = centres::insert_request(
                &mut tx,
                NewRequest {
                    centre_id: centre,
                    role_id: roles[(i * 2 + k as usize) % roles.len()],
                    places: 2 + (i as i64 + k as i64) % 3,
                    needed,
                    starts_on: &starts,
                    ends_on: None,
                    note: REQUEST_NOTES[(i + k as usize) % REQUEST_NOTES.len()],
                    created_by: Some(manager),
                    now,
                },
            )
            .await?;
            requests.push((id, manager));
        }
    }
    tx.commit().await.map_err(DbError::from)?;
    // Place the first active volunteers who suit a request: accepted, then one waiting.
    let openings = centres::openings(db.read(), &today.to_string()).await?;
    let candidates = centres::candidates(db.read(), None).await?;
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    let mut placed = 0;
    for (volunteer, found) in for_every_volunteer(&candidates, &openings, 1) {
        let Some(best) = found.first() else { continue };
        let manager = requests
            .iter()
            .find(|(id, _)| *id == best.request)
            .map(|(_, m)| *m);
        // Proposed by a representative of the volunteer's own intermediary.
        let row = store::by_id(db.read(), volunteer)
            .await?
            .ok_or(DemoError::Invalid("volunteer"))?;
        let rep = organisations::representatives_of(db.read(), row.intermediary_id)
            .await?
            .first()
            .map(|r| r.0)
            .ok_or(DemoError::Invalid("intermediary"))?;
        // The last two come back to their intermediary: one declined, one left unanswered.
        let (declined, returned) = (placed == PLACED, placed == PLACED + 1);
        let waiting = placed % 3 == 2 && placed < PLACED;
        let proposed = if returned {
            now - 10 * DAY_MS
        } else if waiting || declined {
            now - (placed + 1) * 3_600_000
        } else {
            // Placed from three weeks to a year ago, so their records have some history.
            now - (20 + placed * 33) * DAY_MS
        };
        let id = centres::propose(
            &mut tx,
            volunteer,
            best.request,
            rep,
            proposed,
            proposed + 7 * DAY_MS,
        )
        .await?;
        match (waiting || returned, declined, manager) {
            (false, false, Some(manager)) => {
                centres::decide(&mut tx, id, "accepted", "", manager, proposed + DAY_MS).await?;
            }
            (false, true, Some(manager)) => {
                let reason = super::volunteers_data::DECLINE_REASON;
                centres::decide(&mut tx, id, "declined", reason, manager, now - 1_800_000).await?;
            }
            _ => {}
        }
        placed += 1;
        if placed >= PLACED + 2 {
            break;
        }
    }
    // The unanswered one returns as the periodic task would return it.
    centres::return_overdue(&mut tx, now).await?;
    tx.commit().await.map_err(DbError::from)?;
    super::shifts::seed(db, &centre_ids).await?;
    super::service::seed(db, &centre_ids).await?;
    super::veterans::seed(db).await?;
    super::merges::seed(db, hash).await
}

#[cfg(test)]
mod tests {
    #[test]
    fn demo_national_codes_pass_the_check() {
        for n in 0..super::VOLUNTEERS {
            let code = super::national_code(n);
            assert_eq!(app::domain::volunteer_rules::national_code(&code), Ok(code));
        }
    }
}
