//! A person registers as a volunteer with their signed-in account: who they are, what they
//! offer and when, the intermediary institution they choose, the drive that brought them, and
//! their consent, recorded with its time.
use crate::api::AppError;
use crate::domain::availability::Week;
use crate::domain::directory_rules as rules;
use crate::domain::jalali::JalaliDate;
use crate::domain::normalize::fold_for_search;
use crate::domain::permissions::Actor;
use crate::domain::validation::{iranian_mobile, FieldIssue, FormErrors};
use crate::domain::volunteer_rules::{
    birth_year, national_code, Gender, SkillLevel, FORMER_RECIPIENT, SKILL_ROWS,
};
use crate::server::db::volunteers::{self as store, NewVolunteer};
use crate::server::db::{audit, Db, DbError};
use crate::server::now_ms;
use serde_json::json;
use tracing::instrument;

/// The registration form as typed.
#[derive(Clone, Debug, Default)]
pub struct VolunteerInput {
    pub full_name: String,
    pub national_code: String,
    pub mobile: String,
    pub birth_year: String,
    pub gender: String,
    pub neighbourhood: String,
    pub intermediary: String,
    pub roles: Vec<String>,
    pub availability: Vec<String>,
    pub skill_names: Vec<String>,
    pub skill_levels: Vec<String>,
    pub drive: String,
    pub former_recipient: bool,
    pub consent: bool,
    /// When the national code is registered already: ask that profile's intermediary to join
    /// it to this account instead.
    pub merge: bool,
}

struct Checked {
    full_name: String,
    national_code: String,
    mobile: String,
    birth_year: i32,
    gender: Option<Gender>,
    neighbourhood: Option<i64>,
    intermediary: i64,
    roles: Vec<i64>,
    week: Week,
    skills: Vec<(String, SkillLevel)>,
    drive: Option<i64>,
}

fn optional_id(input: &str) -> Result<Option<i64>, FieldIssue> {
    match input.trim() {
        "" => Ok(None),
        text => text
            .parse()
            .map(Some)
            .map_err(|_| FieldIssue::InvalidChoice),
    }
}

async fn checked(db: &Db, input: &VolunteerInput) -> Result<Checked, AppError> {
    let mut errors = FormErrors::default();
    let this_year = JalaliDate::from_unix_ms(now_ms()).map_or(1405, |d| d.year);
    let full_name = errors.check(
        "full_name",
        rules::title(&input.full_name, 3, rules::TITLE_MAX),
    );
    let code = errors.check("national_code", national_code(&input.national_code));
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
    let intermediary = match optional_id(&input.intermediary) {
        Ok(Some(id)) if store::is_intermediary(db.read(), id).await? => Some(id),
        Ok(None) => {
            errors.push("intermediary", FieldIssue::Required);
            None
        }
        _ => {
            errors.push("intermediary", FieldIssue::InvalidChoice);
            None
        }
    };
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
    let week = Week::from_values(input.availability.iter().map(String::as_str));
    if week.is_empty() {
        errors.push("availability", FieldIssue::Required);
    }
    let mut skills = Vec::new();
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
            skills.push((name, level));
        }
    }
    let drive = match input.drive.trim().to_uppercase() {
        code if code.is_empty() => None,
        code => {
            let found = store::drive_by_code(db.read(), &code).await?;
            if found.is_none() {
                errors.push("drive", FieldIssue::InvalidChoice);
            }
            found
        }
    };
    if !input.consent {
        errors.push("consent", FieldIssue::Required);
    }
    match (
        full_name,
        code,
        mobile,
        born,
        gender,
        neighbourhood,
        intermediary,
    ) {
        (Some(full_name), Some(code), Some(mobile), Some(born), Some(gender), Some(n), Some(i))
            if errors.is_empty() =>
        {
            Ok(Checked {
                full_name,
                national_code: code,
                mobile,
                birth_year: born,
                gender,
                neighbourhood: n,
                intermediary: i,
                roles,
                week,
                skills,
                drive,
            })
        }
        _ => Err(errors.into()),
    }
}

fn code_taken() -> AppError {
    let mut errors = FormErrors::default();
    errors.push("national_code", FieldIssue::NationalCodeTaken);
    errors.into()
}

/// Registers the caller as a volunteer (`applied`, waiting for their intermediary). An
/// account registers once (`NotNow` after that); a national code once (`NationalCodeTaken`,
/// or, asked to, a request to join that profile to this account: `None`).
#[instrument(skip_all)]
pub async fn register(
    db: &Db,
    actor: &Actor,
    input: VolunteerInput,
) -> Result<Option<i64>, AppError> {
    if store::of_user(db.read(), actor.user_id).await?.is_some() {
        return Err(AppError::NotNow);
    }
    let c = checked(db, &input).await?;
    if let Some(existing) = store::id_by_national_code(db.read(), &c.national_code).await? {
        if !input.merge {
            return Err(code_taken());
        }
        super::merges::request(db, actor, existing, &c.full_name, &c.mobile).await?;
        return Ok(None);
    }
    let now = now_ms();
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    let search = fold_for_search(&c.full_name);
    let inserted = store::insert(
        &mut tx,
        NewVolunteer {
            user_id: actor.user_id,
            full_name: &c.full_name,
            search_text: &search,
            national_code: &c.national_code,
            mobile: &c.mobile,
            birth_year: i64::from(c.birth_year),
            gender: c.gender.map(Gender::as_str),
            neighbourhood_id: c.neighbourhood,
            intermediary_id: c.intermediary,
            drive_id: c.drive,
            availability: i64::from(c.week.0),
            private_note: if input.former_recipient {
                FORMER_RECIPIENT
            } else {
                ""
            },
            now,
        },
    )
    .await;
    let id = match inserted {
        Ok(id) => id,
        // Two registrations of one code (or one account) at the same moment.
        Err(DbError::Conflict) => return Err(code_taken()),
        Err(e) => return Err(e.into()),
    };
    store::set_offers(&mut tx, id, &c.roles).await?;
    for (skill, level) in &c.skills {
        store::add_skill(&mut tx, id, skill, level.as_str()).await?;
    }
    // The audit keeps no contact details: only what the registration chose.
    let after = json!({ "intermediary": c.intermediary, "roles": c.roles, "drive": c.drive });
    audit::change(
        &mut tx,
        Some(actor.user_id),
        "volunteer.register",
        "volunteer",
        id,
        after,
        now,
    )
    .await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(Some(id))
}
