//! Demo opportunities: four centres each publish one (one for a running project), with two
//! past shifts whose attendance was recorded (their hours are approved service; one waits for
//! its centre) and three ahead: tomorrow's seats wait for confirmation, one shift is full with
//! a waiting list. An NGO publishes one more, at a centre it does not run.
use super::replay::{actor_of, as_of, iran_day, iran_moment, refused, typed, DAY_MS};
use super::DemoError;
use app::server::auth::caller::load_actor;
use app::server::db::shifts::signups_of_shifts;
use app::server::db::{centres, projects, users, volunteers, Db};
use app::server::now_ms;
use app::server::shifts::attendance::record;
use app::server::shifts::publish::{add_shift, create, publish_for, OpportunityInput, ShiftInput};
use app::server::shifts::signups::{confirm, sign_up};
use chrono::Duration;

/// Title, role code, description, whether it serves the first running project.
const OPPORTUNITIES: [(&str, &str, &str, bool); 4] = [
    (
        "\u{6a9}\u{645}\u{6a9} \u{62f}\u{631} \u{645}\u{647}\u{62f}\u{6a9}\u{648}\u{62f}\u{6a9} \u{645}\u{62d}\u{644}\u{647}",
        "nursery_helper",
        "\u{628}\u{627}\u{632}\u{6cc} \u{648} \u{642}\u{635}\u{647}\u{200c}\u{62e}\u{648}\u{627}\u{646}\u{6cc} \u{628}\u{627} \u{6a9}\u{648}\u{62f}\u{6a9}\u{627}\u{646} \u{648} \u{6a9}\u{645}\u{6a9} \u{628}\u{647} \u{645}\u{631}\u{628}\u{6cc}\u{627}\u{646}.",
        false,
    ),
    (
        "\u{6a9}\u{644}\u{627}\u{633} \u{62a}\u{642}\u{648}\u{6cc}\u{62a}\u{6cc} \u{631}\u{6cc}\u{627}\u{636}\u{6cc}",
        "tutor",
        "\u{631}\u{641}\u{639} \u{627}\u{634}\u{6a9}\u{627}\u{644} \u{62f}\u{631}\u{633}\u{6cc} \u{62f}\u{627}\u{646}\u{634}\u{200c}\u{622}\u{645}\u{648}\u{632}\u{627}\u{646} \u{627}\u{628}\u{62a}\u{62f}\u{627}\u{6cc}\u{6cc}.",
        false,
    ),
    (
        "\u{63a}\u{631}\u{628}\u{627}\u{644}\u{6af}\u{631}\u{6cc} \u{633}\u{644}\u{627}\u{645}\u{62a} \u{633}\u{627}\u{644}\u{645}\u{646}\u{62f}\u{627}\u{646}",
        "health_screening",
        "\u{627}\u{646}\u{62f}\u{627}\u{632}\u{647}\u{200c}\u{6af}\u{6cc}\u{631}\u{6cc} \u{641}\u{634}\u{627}\u{631} \u{62e}\u{648}\u{646} \u{648} \u{642}\u{646}\u{62f} \u{62e}\u{648}\u{646} \u{632}\u{6cc}\u{631} \u{646}\u{638}\u{631} \u{67e}\u{632}\u{634}\u{6a9} \u{645}\u{631}\u{6a9}\u{632}.",
        true,
    ),
    (
        "\u{62a}\u{648}\u{632}\u{6cc}\u{639} \u{628}\u{633}\u{62a}\u{647}\u{654} \u{645}\u{639}\u{6cc}\u{634}\u{62a}\u{6cc}",
        "logistics",
        "",
        false,
    ),
];

/// Days from today, start and end, seats.
const SHIFTS: [(i64, &str, &str, i64); 5] = [
    (-14, "09:00", "12:00", 4),
    (-7, "09:00", "12:00", 4),
    (1, "09:00", "12:00", 3),
    (3, "16:00", "18:30", 2),
    (10, "09:00", "13:00", 5),
];

/// The last past shift of the fourth opportunity waits for its centre to record attendance.
fn waits_for_attendance(opportunity: usize, offset: i64) -> bool {
    opportunity == 3 && offset == -7
}

pub async fn seed(db: &Db, centre_ids: &[i64]) -> Result<(), DemoError> {
    let now = now_ms();
    let today = iran_day(now);
    let published = now - 20 * DAY_MS;
    let roles = volunteers::roles(db.read()).await?;
    let project = projects::running(db.read()).await?.first().map(|p| p.id);
    let mut active = Vec::new();
    for (id, _) in volunteers::intermediaries(db.read()).await? {
        for v in volunteers::all_of_intermediary(db.read(), id).await? {
            if v.state == "active" {
                active.push((v.id, v.user_id));
            }
        }
    }
    active.sort_unstable();
    if active.len() < 12 {
        return Err(DemoError::Invalid("active volunteers"));
    }
    for (i, (title, role, description, for_project)) in OPPORTUNITIES.into_iter().enumerate() {
        let centre_id = centre_ids[i];
        // The centre's manager publishes and records attendance.
        let manager = centres::find(db.read(), centre_id)
            .await?
            .and_then(|c| c.manager_id)
            .ok_or(DemoError::Invalid("centre manager"))?;
        let manager = actor_of(db, manager).await?;
        let role_id = roles
            .iter()
            .find(|r| r.code.as_deref() == Some(role))
            .map(|r| r.id)
            .ok_or(DemoError::Invalid("role"))?;
        let input = OpportunityInput {
            title: title.into(),
            role: role_id.to_string(),
            project: project
                .filter(|_| for_project)
                .map(|p| p.to_string())
                .unwrap_or_default(),
            description: description.into(),
            centre: String::new(),
        };
        let opportunity = as_of(published, create(db, &manager, centre_id, input))
            .await
            .map_err(refused("opportunity"))?;
        for (k, (offset, starts, ends, slots)) in SHIFTS.into_iter().enumerate() {
            let day = today + Duration::days(offset);
            let input = ShiftInput {
                day: typed(day),
                starts: starts.into(),
                ends: ends.into(),
                slots: slots.to_string(),
            };
            let shift = as_of(published, add_shift(db, &manager, opportunity, input))
                .await
                .map_err(refused("shift"))?;
            // Each opportunity draws on its own run of active volunteers (no one is in two
            // shifts at once), one more than the seats of the full shift so someone waits.
            let takers = if offset == 3 { 3 } else { slots as usize - 1 };
            let mut absent = None;
            for t in 0..takers {
                let (volunteer, user) = active[(i * 4 + k + t) % active.len()];
                let taker = actor_of(db, user).await?;
                let signed_at = now - (18 - k as i64) * DAY_MS + t as i64 * 60_000;
                as_of(signed_at, sign_up(db, &taker, shift))
                    .await
                    .map_err(refused("sign-up"))?;
                if offset > 1 && t == 0 {
                    as_of(signed_at + DAY_MS, confirm(db, &taker, shift))
                        .await
                        .map_err(refused("confirmation"))?;
                }
                if t == 1 && i % 2 == 1 {
                    absent = Some(volunteer);
                }
            }
            if offset < 0 && !waits_for_attendance(i, offset) {
                let came: Vec<i64> = signups_of_shifts(db.read(), &[shift])
                    .await?
                    .into_iter()
                    .filter(|g| Some(g.volunteer_id) != absent)
                    .map(|g| g.id)
                    .collect();
                let recorded = iran_moment(day, 19);
                as_of(recorded, record(db, &manager, shift, &came))
                    .await
                    .map_err(refused("attendance"))?;
            }
        }
    }
    published_by_an_ngo(db, centre_ids[5]).await
}

/// An NGO without a centre of its own publishes a reading circle at a neighbourhood centre,
/// through the same operations its representative uses, with two shifts ahead.
async fn published_by_an_ngo(db: &Db, centre_id: i64) -> Result<(), DemoError> {
    let user = users::find_by_username(db.read(), "ngo1")
        .await?
        .ok_or(DemoError::Invalid("ngo1"))?;
    let actor = load_actor(db, &user).await?;
    let organisation = *actor
        .organisations
        .first()
        .ok_or(DemoError::Invalid("ngo1 organisation"))?;
    let role = volunteers::roles(db.read())
        .await?
        .into_iter()
        .find(|r| r.code.as_deref() == Some("event_host"))
        .ok_or(DemoError::Invalid("role"))?;
    let input = OpportunityInput {
        title: "\u{62d}\u{644}\u{642}\u{647}\u{654} \u{6a9}\u{62a}\u{627}\u{628}\u{62e}\u{648}\u{627}\u{646}\u{6cc} \u{6a9}\u{648}\u{62f}\u{6a9}\u{627}\u{646}".into(),
        role: role.id.to_string(),
        project: String::new(),
        description: String::new(),
        centre: centre_id.to_string(),
    };
    let id = publish_for(db, &actor, organisation, input)
        .await
        .map_err(|_| DemoError::Invalid("published opportunity"))?;
    let today = iran_day(now_ms());
    for (offset, starts, ends) in [(2, "10:00", "12:00"), (9, "10:00", "12:00")] {
        let shift = ShiftInput {
            day: typed(today + Duration::days(offset)),
            starts: starts.into(),
            ends: ends.into(),
            slots: "6".into(),
        };
        add_shift(db, &actor, id, shift)
            .await
            .map_err(|_| DemoError::Invalid("published shift"))?;
    }
    Ok(())
}
