//! Publishing: those who run a centre publish opportunities there (for a project when they
//! serve one), add shifts to them and cancel a shift (telling whoever signed up).
use super::{manages, moment, runs};
use crate::api::AppError;
use crate::domain::directory_rules::{self as rules, iso};
use crate::domain::jalali::JalaliDate;
use crate::domain::notices::NoticeKind;
use crate::domain::permissions::Actor;
use crate::domain::shift_rules::{self as shift_rules, SignupState};
use crate::domain::validation::{FieldIssue, FormErrors};
use crate::server::centres::forms::one_of;
use crate::server::db::centres::{self, CentresOf};
use crate::server::db::notifications::{self, NewNotification};
use crate::server::db::shifts::{self as store, NewOpportunity, NewShift};
use crate::server::db::{audit, Db, DbError};
use crate::server::{now_ms, today_iso};
use serde_json::json;
use tracing::instrument;

#[derive(Clone, Debug, Default)]
pub struct OpportunityInput {
    pub title: String,
    pub role: String,
    /// A running project's id, or empty.
    pub project: String,
    pub description: String,
    /// Where the shifts take place, when an organisation publishes (a centre's id).
    pub centre: String,
}

/// Publishes an opportunity at a centre the caller runs; answers its id.
#[instrument(skip_all)]
pub async fn create(
    db: &Db,
    actor: &Actor,
    centre_id: i64,
    input: OpportunityInput,
) -> Result<i64, AppError> {
    if !manages(db, Some(actor), centre_id).await? {
        return Err(AppError::Forbidden);
    }
    let options = super::options(db).await?;
    let projects: Vec<i64> = options.projects.iter().map(|p| p.id).collect();
    let mut errors = FormErrors::default();
    let checked = check(&mut errors, &input, &options.roles, &projects);
    let Some(checked) = checked else {
        return Err(errors.into());
    };
    insert(db, actor, centre_id, None, checked).await
}

/// Publishes an opportunity for an organisation the caller represents (an NGO, a project's
/// agency), at the centre where its shifts take place, for one of the organisation's own
/// running projects when it serves one; answers its id.
#[instrument(skip_all)]
pub async fn publish_for(
    db: &Db,
    actor: &Actor,
    organisation_id: i64,
    input: OpportunityInput,
) -> Result<i64, AppError> {
    if !actor.organisations.contains(&organisation_id) {
        return Err(AppError::Forbidden);
    }
    let options = super::options_for(db, organisation_id).await?;
    let projects: Vec<i64> = options.projects.iter().map(|p| p.id).collect();
    let centres: Vec<i64> = centres::list(db.read(), CentresOf::All)
        .await?
        .iter()
        .map(|c| c.id)
        .collect();
    let mut errors = FormErrors::default();
    let centre = errors.check("centre", one_of(&input.centre, centres));
    let checked = check(&mut errors, &input, &options.roles, &projects);
    let (Some(centre), Some(checked)) = (centre, checked) else {
        return Err(errors.into());
    };
    insert(db, actor, centre, Some(organisation_id), checked).await
}

/// An opportunity's fields, checked.
struct Checked {
    title: String,
    role: i64,
    project: Option<i64>,
    description: String,
}

fn check(
    errors: &mut FormErrors,
    input: &OpportunityInput,
    roles: &[crate::model::volunteers::RoleName],
    projects: &[i64],
) -> Option<Checked> {
    let title = errors.check("title", rules::title(&input.title, 3, rules::TITLE_MAX));
    let role = errors.check("role", one_of(&input.role, roles.iter().map(|r| r.id)));
    let project = errors.check(
        "project",
        match input.project.trim() {
            "" => Ok(None),
            chosen => one_of(chosen, projects.iter().copied()).map(Some),
        },
    );
    let description = errors.check(
        "description",
        rules::optional_text(&input.description, rules::LONG_TEXT_MAX),
    );
    Some(Checked {
        title: title?,
        role: role?,
        project: project?,
        description: description?,
    })
}

async fn insert(
    db: &Db,
    actor: &Actor,
    centre_id: i64,
    organisation_id: Option<i64>,
    c: Checked,
) -> Result<i64, AppError> {
    let now = now_ms();
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    let new = NewOpportunity {
        centre_id,
        organisation_id,
        role_id: c.role,
        project_id: c.project,
        title: &c.title,
        description: &c.description,
        created_by: actor.user_id,
        now,
    };
    let id = store::insert_opportunity(&mut tx, &new).await?;
    let after = json!({ "centre": centre_id, "organisation": organisation_id, "title": c.title, "project": c.project });
    audit::change(
        &mut tx,
        Some(actor.user_id),
        "opportunity.create",
        "opportunity",
        id,
        after,
        now,
    )
    .await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(id)
}

#[derive(Clone, Debug, Default)]
pub struct ShiftInput {
    pub day: String,
    pub starts: String,
    pub ends: String,
    pub slots: String,
}

/// Adds a shift to an opportunity of a centre the caller runs; answers its id.
#[instrument(skip_all)]
pub async fn add_shift(
    db: &Db,
    actor: &Actor,
    opportunity_id: i64,
    input: ShiftInput,
) -> Result<i64, AppError> {
    let today = today_iso();
    let opportunity = store::opportunity(db.read(), opportunity_id, &today)
        .await?
        .ok_or(AppError::NotFound)?;
    if !runs(db, actor, &opportunity).await? {
        return Err(AppError::Forbidden);
    }
    let today = rules::parse_iso(&today).unwrap_or_default();
    let mut errors = FormErrors::default();
    let day = errors.check(
        "day",
        rules::day(&input.day).and_then(|d| shift_rules::shift_day(d, today)),
    );
    let (starts, ends) = shift_rules::times(&input.starts, &input.ends);
    let starts = errors.check("starts", starts);
    let ends = errors.check("ends", ends);
    let slots = errors.check("slots", shift_rules::slots(&input.slots));
    let (Some(day), Some(starts), Some(ends), Some(slots)) = (day, starts, ends, slots) else {
        return Err(errors.into());
    };
    let now = now_ms();
    if now >= shift_rules::starts_ms(day, &starts) {
        return Err(AppError::invalid("starts", FieldIssue::OutOfRange));
    }
    let day = iso(day);
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    let new = NewShift {
        opportunity_id,
        day: &day,
        starts: &starts,
        ends: &ends,
        slots,
        now,
    };
    let id = store::insert_shift(&mut tx, &new).await?;
    let after = json!({ "opportunity": opportunity_id, "day": day, "starts": starts, "ends": ends, "slots": slots });
    audit::change(
        &mut tx,
        Some(actor.user_id),
        "shift.add",
        "shift",
        id,
        after,
        now,
    )
    .await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(id)
}

/// What a notice about a shift is called: the opportunity, the Jalali day and the time.
pub(crate) fn shift_subject(title: &str, day: &str, starts: &str) -> String {
    let day = rules::parse_iso(day)
        .and_then(JalaliDate::from_gregorian)
        .map(JalaliDate::to_numeric)
        .unwrap_or_else(|| day.to_string());
    format!("{title} \u{b7} {day} {starts}")
}

/// Cancels a shift that has not started, with a reason everyone signed up is told; answers
/// the opportunity's id.
#[instrument(skip_all)]
pub async fn cancel_shift(
    db: &Db,
    actor: &Actor,
    shift_id: i64,
    reason: &str,
) -> Result<i64, AppError> {
    let shift = store::shift(db.read(), shift_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let opportunity = store::opportunity(db.read(), shift.opportunity_id, &today_iso())
        .await?
        .ok_or(AppError::NotFound)?;
    if !runs(db, actor, &opportunity).await? {
        return Err(AppError::Forbidden);
    }
    let mut errors = FormErrors::default();
    let Some(reason) = errors.check("reason", rules::reason_unless(false, reason)) else {
        return Err(errors.into());
    };
    let now = now_ms();
    if shift_rules::open_for_signup(moment(&shift), now).is_err() {
        return Err(AppError::NotNow);
    }
    let signed = store::signups_of_shifts(db.read(), &[shift_id]).await?;
    let told: Vec<i64> = signed
        .iter()
        .filter(|g| {
            matches!(
                SignupState::parse(&g.state),
                Some(SignupState::Booked | SignupState::Waiting)
            )
        })
        .map(|g| g.user_id)
        .collect();
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    if !store::cancel_shift(&mut tx, shift_id, &reason, now).await? {
        return Err(AppError::Conflict);
    }
    let subject = shift_subject(&opportunity.title, &shift.day, &shift.starts_at);
    let link = format!("/opportunities/{}#shift-{shift_id}", opportunity.id);
    let notice = NewNotification {
        kind: NoticeKind::ShiftSeat.as_str(),
        subject: &subject,
        detail: "cancelled",
        note: &reason,
        link: &link,
        actor_id: Some(actor.user_id),
        now,
    };
    notifications::notify(&mut tx, &told, &notice).await?;
    let after = json!({ "reason": reason });
    audit::change(
        &mut tx,
        Some(actor.user_id),
        "shift.cancel",
        "shift",
        shift_id,
        after,
        now,
    )
    .await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(opportunity.id)
}
