//! A person registers as a volunteer with their signed-in account: who they are, what they
//! offer and when, the intermediary institution they choose, the drive that brought them, and
//! their consent, recorded with its time.
use super::offer::{check_offer, optional_id, Offer, OfferInput};
use crate::api::AppError;
use crate::domain::directory_rules as rules;
use crate::domain::normalize::fold_for_search;
use crate::domain::permissions::Actor;
use crate::domain::validation::{FieldIssue, FormErrors};
use crate::domain::volunteer_rules::{national_code, Gender, FORMER_RECIPIENT};
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
    pub intermediary: String,
    /// What they may change later on their own (`offer::update_own`).
    pub offer: OfferInput,
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
    intermediary: i64,
    offer: Offer,
    drive: Option<i64>,
}

async fn checked(db: &Db, input: &VolunteerInput) -> Result<Checked, AppError> {
    let mut errors = FormErrors::default();
    let full_name = errors.check(
        "full_name",
        rules::title(&input.full_name, 3, rules::TITLE_MAX),
    );
    let code = errors.check("national_code", national_code(&input.national_code));
    let offer = check_offer(db, &input.offer, &mut errors).await?;
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
    match (full_name, code, offer, intermediary) {
        (Some(full_name), Some(code), Some(offer), Some(i)) if errors.is_empty() => Ok(Checked {
            full_name,
            national_code: code,
            intermediary: i,
            offer,
            drive,
        }),
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
        super::merges::request(db, actor, existing, &c.full_name, &c.offer.mobile).await?;
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
            mobile: &c.offer.mobile,
            birth_year: i64::from(c.offer.birth_year),
            gender: c.offer.gender.map(Gender::as_str),
            neighbourhood_id: c.offer.neighbourhood,
            intermediary_id: c.intermediary,
            drive_id: c.drive,
            availability: i64::from(c.offer.week.0),
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
    store::set_offers(&mut tx, id, &c.offer.roles).await?;
    for (skill, level) in &c.offer.skills {
        store::add_skill(&mut tx, id, skill, level.as_str()).await?;
    }
    // The audit keeps no contact details: only what the registration chose.
    let after = json!({ "intermediary": c.intermediary, "roles": c.offer.roles, "drive": c.drive });
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
