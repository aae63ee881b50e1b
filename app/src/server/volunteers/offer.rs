//! What a volunteer gives at registration and keeps up to date themselves afterwards: how to
//! reach them, their birth year, gender and home neighbourhood, the roles they offer, their
//! skills and their week. (Their name and national code were checked by their intermediary
//! and change only through it; so does the intermediary.)
use crate::api::AppError;
use crate::domain::availability::Week;
use crate::domain::directory_rules as rules;
use crate::domain::jalali::JalaliDate;
use crate::domain::normalize::fold_for_search;
use crate::domain::permissions::Actor;
use crate::domain::validation::{iranian_mobile, FieldIssue, FormErrors};
use crate::domain::volunteer_rules::{birth_year, Gender, SkillLevel, SKILL_ROWS};
use crate::server::db::volunteers::{self as store, OfferChange};
use crate::server::db::{audit, Db, DbError};
use crate::server::directory::changed_meanwhile;
use crate::server::now_ms;
use serde_json::json;
use tracing::instrument;

/// The offer as typed (registration and the volunteer's own edit share it).
#[derive(Clone, Debug, Default)]
pub struct OfferInput {
    pub mobile: String,
    pub birth_year: String,
    pub gender: String,
    pub neighbourhood: String,
    pub roles: Vec<String>,
    pub availability: Vec<String>,
    pub skill_names: Vec<String>,
    pub skill_levels: Vec<String>,
}

impl OfferInput {
    /// What was typed, to give back with a refusal (lists joined as the form fields read them).
    pub fn kept(&self) -> Vec<(&'static str, String)> {
        vec![
            ("mobile", self.mobile.clone()),
            ("birth_year", self.birth_year.clone()),
            ("gender", self.gender.clone()),
            ("neighbourhood", self.neighbourhood.clone()),
            ("roles", self.roles.join(",")),
            ("availability", self.availability.join(",")),
            ("skill_names", self.skill_names.join("\u{1f}")),
            ("skill_levels", self.skill_levels.join(",")),
        ]
    }
}

/// The offer, checked.
pub struct Offer {
    pub mobile: String,
    pub birth_year: i32,
    pub gender: Option<Gender>,
    pub neighbourhood: Option<i64>,
    pub roles: Vec<i64>,
    pub week: Week,
    pub skills: Vec<(String, SkillLevel)>,
}

/// An id chosen from a list, or none when left empty.
pub(super) fn optional_id(input: &str) -> Result<Option<i64>, FieldIssue> {
    match input.trim() {
        "" => Ok(None),
        text => text
            .parse()
            .map(Some)
            .map_err(|_| FieldIssue::InvalidChoice),
    }
}

/// Checks the offer, adding each refusal beside its field to `errors`; `None` when any failed.
pub(super) async fn check_offer(
    db: &Db,
    input: &OfferInput,
    errors: &mut FormErrors,
) -> Result<Option<Offer>, AppError> {
    let this_year = JalaliDate::from_unix_ms(now_ms()).map_or(1405, |d| d.year);
    let mobile = errors.check("mobile", iranian_mobile(&input.mobile));
    let born = errors.check("birth_year", birth_year(&input.birth_year, this_year));
    let gender = errors.check(
        "gender",
        match input.gender.trim() {
            "" => Ok(None),
            g => Gender::parse(g).map(Some).ok_or(FieldIssue::InvalidChoice),
        },
    );
    let mut neighbourhood = errors.check("neighbourhood", optional_id(&input.neighbourhood));
    if let Some(Some(id)) = neighbourhood {
        if crate::server::db::neighbourhoods::find(db.read(), id)
            .await?
            .is_none()
        {
            errors.push("neighbourhood", FieldIssue::InvalidChoice);
            neighbourhood = None;
        }
    }
    let offered: Vec<i64> = store::roles(db.read())
        .await?
        .iter()
        .map(|r| r.id)
        .collect();
    let mut roles = Vec::new();
    for role in &input.roles {
        match role.trim().parse::<i64>() {
            Ok(id) if offered.contains(&id) => roles.push(id),
            _ => errors.push("roles", FieldIssue::InvalidChoice),
        }
    }
    roles.sort_unstable();
    roles.dedup();
    if roles.is_empty() && input.roles.is_empty() {
        errors.push("roles", FieldIssue::Required);
    }
    let week = match Week::checked_values(input.availability.iter().map(String::as_str)) {
        Some(week) if week.is_empty() => {
            errors.push("availability", FieldIssue::Required);
            week
        }
        Some(week) => week,
        None => {
            errors.push("availability", FieldIssue::InvalidChoice);
            Week::EMPTY
        }
    };
    // The form sends a level with every row: anything else is not our form.
    if input.skill_names.len() != input.skill_levels.len() {
        errors.push("skills", FieldIssue::InvalidChoice);
    }
    let mut skills: Vec<(String, SkillLevel)> = Vec::new();
    for (name, level) in input
        .skill_names
        .iter()
        .zip(&input.skill_levels)
        .take(SKILL_ROWS)
    {
        if name.trim().is_empty() {
            continue;
        }
        let name = errors.check("skills", rules::title(name, 2, rules::TITLE_MAX));
        let level = errors.check("skills", rules::choice(level, SkillLevel::parse));
        if let (Some(name), Some(level)) = (name, level) {
            // One skill once, however it is spelled (Arabic letters, spacing).
            let folded = fold_for_search(&name);
            if skills.iter().any(|(s, _)| fold_for_search(s) == folded) {
                errors.push("skills", FieldIssue::AlreadyListed);
            } else {
                skills.push((name, level));
            }
        }
    }
    Ok(match (mobile, born, gender, neighbourhood) {
        (Some(mobile), Some(birth_year), Some(gender), Some(neighbourhood)) => Some(Offer {
            mobile,
            birth_year,
            gender,
            neighbourhood,
            roles,
            week,
            skills,
        }),
        _ => None,
    })
}

/// The caller changes their own offer, if nobody saved their profile since `version` was read
/// (refused beside `version` otherwise, with the current one, so saving again applies what they
/// typed). Only a registered volunteer has one (`NotFound` for anyone else).
#[instrument(skip_all)]
pub async fn update_own(
    db: &Db,
    actor: &Actor,
    version: i64,
    input: OfferInput,
) -> Result<(), AppError> {
    let Some(row) = store::of_user(db.read(), actor.user_id).await? else {
        return Err(AppError::NotFound);
    };
    let mut errors = FormErrors::default();
    let offer = check_offer(db, &input, &mut errors).await?;
    let offer = match offer {
        Some(offer) if errors.is_empty() => offer,
        _ => return Err(errors.into()),
    };
    let now = now_ms();
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    let saved = store::update_offer(
        &mut tx,
        OfferChange {
            id: row.id,
            version,
            mobile: &offer.mobile,
            birth_year: i64::from(offer.birth_year),
            gender: offer.gender.map(Gender::as_str),
            neighbourhood_id: offer.neighbourhood,
            availability: i64::from(offer.week.0),
            now,
        },
    )
    .await?;
    if !saved {
        let current = store::by_id(db.read(), row.id)
            .await?
            .map_or(row.version, |r| r.version);
        return Err(changed_meanwhile(current));
    }
    store::set_offers(&mut tx, row.id, &offer.roles).await?;
    store::clear_skills(&mut tx, row.id).await?;
    for (skill, level) in &offer.skills {
        store::add_skill(&mut tx, row.id, skill, level.as_str()).await?;
    }
    // No contact details in the audit: only what they offer.
    let after = json!({ "roles": offer.roles, "availability": offer.week.0 });
    audit::change(
        &mut tx,
        Some(actor.user_id),
        "volunteer.update_offer",
        "volunteer",
        row.id,
        after,
        now,
    )
    .await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(())
}
