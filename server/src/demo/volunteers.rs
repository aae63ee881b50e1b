//! Demo volunteers: three intermediary institutions (the first three NGOs, so the `ngo`,
//! `ngo1` and `ngo2` accounts see their rosters), two registration drives (Ramadan, Nowruz),
//! and eighty volunteers in every state. Each registers through the registration form's
//! operation on the day they came (those of a drive during it), and their intermediary verifies,
//! activates and stops them through the roster's, days later; the active ones have served for
//! months, the applicants wait days or weeks.
use super::directory::Seeded;
use super::replay::{as_of, bridge_of, iran_day, refused, typed_iso, DAY_MS};
use super::volunteers_data::{DRIVE, FAMILY, GIVEN, NOWRUZ_DRIVE, SKILLS, STOP_REASONS};
use super::{DemoError, DEMO_PASSWORD};
use app::domain::availability::cell_value;
use app::domain::normalize::fold_for_search;
use app::domain::permissions::Actor;
use app::domain::roles::Role;
use app::server::auth::password;
use app::server::db::volunteers as store;
use app::server::db::{users, Db, DbError};
use app::server::now_ms;
use app::server::volunteers::offer::OfferInput;
use app::server::volunteers::reference::{add_drive, DriveInput};
use app::server::volunteers::registration::{register, VolunteerInput};
use app::server::volunteers::{mark_intermediary, states::make_move};
use secrecy::SecretString;

pub const VOLUNTEERS: usize = 80;
/// When the network began: the intermediaries were marked and the centres opened then.
pub const OPENED_DAYS_AGO: i64 = 400;

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

/// Where volunteer `i` stands now, with the reason they stopped.
fn standing(i: usize) -> (&'static str, &'static str) {
    match i % 10 {
        0 | 1 => ("applied", ""),
        2 => ("verified", ""),
        3 => ("inactive", STOP_REASONS[i % STOP_REASONS.len()]),
        _ => ("active", ""),
    }
}

/// The drive that brought volunteer `i` (0: Ramadan, 1: Nowruz); applicants still waiting
/// came on their own, lately.
fn drive_of(i: usize) -> Option<usize> {
    if standing(i).0 == "applied" {
        return None;
    }
    match i % 12 {
        0 | 4 | 8 => Some(0),
        1 | 6 => Some(1),
        _ => None,
    }
}

/// The day volunteer `i` applied, as Unix milliseconds.
fn applied_at(i: usize, now: i64) -> Result<i64, DemoError> {
    let spread = i as i64 * 37;
    let days = match (standing(i).0, drive_of(i)) {
        (_, Some(d)) => {
            let starts = [DRIVE.2, NOWRUZ_DRIVE.2][d];
            let starts = chrono::NaiveDate::parse_from_str(starts, "%Y-%m-%d")
                .map_err(|_| DemoError::Invalid("drive"))?;
            (iran_day(now) - starts).num_days() - (i as i64 % 18)
        }
        ("applied", _) => 2 + spread % 45,
        ("verified", _) => 8 + spread % 60,
        ("inactive", _) => 120 + spread % 250,
        _ => 30 + (i as i64 * 53) % 360,
    };
    Ok(now - days * DAY_MS + (i as i64 % 9) * 3_600_000)
}

pub async fn seed(db: &Db, seeded: &Seeded) -> Result<(), DemoError> {
    let now = now_ms();
    let opened = now - OPENED_DAYS_AGO * DAY_MS;
    let official = super::replay::actor(db, "official").await?;
    let intermediaries: Vec<i64> = seeded.organisations.iter().take(3).copied().collect();
    for id in &intermediaries {
        as_of(opened, mark_intermediary(db, &official, *id, true))
            .await
            .map_err(refused("intermediary"))?;
    }
    for (code, name, starts_on, ends_on) in [
        (DRIVE.0, DRIVE.1, DRIVE.2, ""),
        (NOWRUZ_DRIVE.0, NOWRUZ_DRIVE.1, NOWRUZ_DRIVE.2, "2026-04-02"),
    ] {
        let input = DriveInput {
            code: code.into(),
            name: name.into(),
            starts_on: typed_iso(starts_on),
            ends_on: typed_iso(ends_on),
        };
        as_of(opened, add_drive(db, &official, &input))
            .await
            .map_err(refused("drive"))?;
    }
    let mut bridges = Vec::new();
    for id in &intermediaries {
        bridges.push(bridge_of(db, *id).await?);
    }
    let roles: Vec<i64> = store::roles(db.read())
        .await?
        .iter()
        .map(|r| r.id)
        .collect();
    // Every demo account shares one password: hash it once, not eighty times.
    let hash = password::hash(SecretString::from(DEMO_PASSWORD))
        .await
        .map_err(|_| DemoError::Invalid("password"))?;
    for i in 0..VOLUNTEERS {
        let applied = applied_at(i, now)?;
        let user = account(db, i, &hash, applied).await?;
        let bridge = &bridges[i % bridges.len()];
        let input = registration(i, seeded, &roles, intermediaries[i % intermediaries.len()]);
        let id = as_of(
            applied,
            register(db, &Actor::new(user, Role::Member), input),
        )
        .await
        .map_err(refused("registration"))?
        .ok_or(DemoError::Invalid("volunteer"))?;
        follow_up(db, bridge, id, i, applied, now).await?;
    }
    super::placements::seed(db, seeded, &roles, &hash).await
}

/// The account volunteer `i` registers with (`volunteer1`…).
async fn account(db: &Db, i: usize, hash: &str, at: i64) -> Result<i64, DemoError> {
    let full_name = full_name(i);
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    let user = users::insert(
        &mut tx,
        users::NewUser {
            username: &format!("volunteer{}", i + 1),
            display_name: &full_name,
            search_text: &fold_for_search(&full_name),
            email: None,
            password_hash: hash,
            role: "member",
            now: at - 600_000,
        },
    )
    .await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(user)
}

fn full_name(i: usize) -> String {
    format!(
        "{} {}",
        GIVEN[i % GIVEN.len()],
        FAMILY[(i * 7) % FAMILY.len()]
    )
}

/// The registration form as volunteer `i` fills it in.
fn registration(i: usize, seeded: &Seeded, roles: &[i64], intermediary: i64) -> VolunteerInput {
    let mut week = Vec::new();
    for k in 0..(2 + i % 5) as u32 {
        week.push(cell_value((i as u32 + k * 3) % 7, (i as u32 + k) % 3));
    }
    let (skill_names, skill_levels) = if i.is_multiple_of(3) {
        (
            vec![SKILLS[i % SKILLS.len()].to_string()],
            vec!["skilled".to_string()],
        )
    } else {
        (Vec::new(), Vec::new())
    };
    let neighbourhood = seeded
        .neighbourhoods
        .get(i % seeded.neighbourhoods.len().max(1))
        .map(i64::to_string)
        .unwrap_or_default();
    VolunteerInput {
        full_name: full_name(i),
        national_code: national_code(i),
        intermediary: intermediary.to_string(),
        offer: OfferInput {
            mobile: format!("0912{:07}", 1_000_000 + i * 4_931),
            birth_year: (1340 + (i * 13) % 45).to_string(),
            gender: if i % GIVEN.len() < 8 {
                "female"
            } else {
                "male"
            }
            .into(),
            neighbourhood,
            roles: [roles[i % roles.len()], roles[(i * 3 + 1) % roles.len()]]
                .iter()
                .map(i64::to_string)
                .collect(),
            availability: week,
            skill_names,
            skill_levels,
        },
        drive: drive_of(i)
            .map(|d| [DRIVE.0, NOWRUZ_DRIVE.0][d].to_string())
            .unwrap_or_default(),
        former_recipient: i.is_multiple_of(9),
        consent: true,
        merge: false,
    }
}

/// The intermediary verifies the applicant days later, activates them the next day, and
/// (for some) records months on that they stopped.
async fn follow_up(
    db: &Db,
    bridge: &Actor,
    id: i64,
    i: usize,
    applied: i64,
    now: i64,
) -> Result<(), DemoError> {
    let (state, reason) = standing(i);
    let verified = (applied + (3 + i as i64 % 10) * DAY_MS).min(now - 3_600_000);
    let steps: &[(&str, i64)] = match state {
        "applied" => &[],
        "verified" => &[("verify", verified)],
        "active" => &[("verify", verified), ("activate", verified + DAY_MS)],
        _ => &[
            ("verify", verified),
            ("activate", verified + DAY_MS),
            ("deactivate", (verified + 60 * DAY_MS).min(now - DAY_MS)),
        ],
    };
    for (step, at) in steps {
        let version = store::by_id(db.read(), id)
            .await?
            .ok_or(DemoError::Invalid("volunteer"))?
            .version;
        as_of(*at, make_move(db, bridge, id, version, step, reason))
            .await
            .map_err(refused("volunteer move"))?;
    }
    Ok(())
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
