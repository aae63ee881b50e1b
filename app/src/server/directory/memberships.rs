//! Committee seats: giving one (one chair and one secretary at a time) and ending one.
use super::check;
use super::committees::audit_entry;
use crate::api::AppError;
use crate::domain::directory_rules::{self as rules, iso, parse_iso, periods_overlap};
use crate::domain::permissions::{Action, Actor, Target};
use crate::domain::roles::CommitteeRole;
use crate::domain::validation::{FieldIssue, FormErrors};
use crate::server::db::committees::{self as store, NewMembership};
use crate::server::db::{Db, DbError};
use crate::server::{now_ms, today_iso};
use serde_json::json;
use tracing::instrument;

/// A seat to give: to an organisation or a person, with a role and a period (Jalali input).
pub struct MembershipInput {
    pub committee_id: i64,
    pub organisation_id: Option<i64>,
    pub person_id: Option<i64>,
    pub role: String,
    pub since: String,
    pub until: String,
}

/// Seats a member. A committee has one chair and one secretary at a time; only verified
/// organisations join.
#[instrument(skip_all)]
pub async fn add_membership(
    db: &Db,
    actor: &Actor,
    input: MembershipInput,
) -> Result<i64, AppError> {
    check(
        Some(actor),
        Action::ManageDirectory,
        Target::Committee(input.committee_id),
    )?;
    store::find(db.read(), input.committee_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut errors = FormErrors::default();
    if input.organisation_id.is_none() == input.person_id.is_none() {
        errors.push("member", FieldIssue::Required);
    }
    if let Some(org) = input.organisation_id {
        let verified = crate::server::db::organisations::find(db.read(), org)
            .await?
            .is_some_and(|o| o.status == "verified");
        if !verified {
            errors.push("member", FieldIssue::InvalidChoice);
        }
    }
    let role = errors.check("role", rules::choice(&input.role, CommitteeRole::parse));
    let since = errors.check("since", rules::day(&input.since));
    let until = errors.check("until", rules::optional_day(&input.until));
    if let (Some(since), Some(until)) = (since, until) {
        errors.check("until", rules::period_end(since, until));
    }
    let (Some(role), Some(since), Some(until), true) = (role, since, until, errors.is_empty())
    else {
        return Err(errors.into());
    };
    let now = now_ms();
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    if role.is_single_seat() {
        let seats = store::seats_in_role(&mut tx, input.committee_id, role.as_str()).await?;
        let taken = seats.iter().any(|(s, u)| {
            let other = (
                parse_iso(s).unwrap_or(since),
                u.as_deref().and_then(parse_iso),
            );
            periods_overlap((since, until), other)
        });
        if taken {
            errors.push("role", FieldIssue::SeatTaken);
            return Err(errors.into());
        }
    }
    let (since_iso, until_iso) = (iso(since), until.map(iso));
    let inserted = store::insert_membership(
        &mut tx,
        NewMembership {
            committee_id: input.committee_id,
            organisation_id: input.organisation_id,
            person_id: input.person_id,
            role: role.as_str(),
            since: &since_iso,
            until: until_iso.as_deref(),
            now,
        },
    )
    .await;
    let id = match inserted {
        Ok(id) => id,
        // Two officials seating a chair at the same moment: the index refuses the second.
        Err(DbError::Conflict) => {
            errors.push("role", FieldIssue::SeatTaken);
            return Err(errors.into());
        }
        Err(e) => return Err(e.into()),
    };
    let after = json!({
        "membership": id,
        "organisation": input.organisation_id,
        "person": input.person_id,
        "role": role.as_str(),
        "since": since_iso,
        "until": until_iso,
    });
    audit_entry(
        &mut tx,
        actor,
        "committee.member_add",
        input.committee_id,
        after,
        now,
    )
    .await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(id)
}

/// Ends a seat on `until` (Jalali input; empty means today). The membership stays as history.
#[instrument(skip_all)]
pub async fn end_membership(
    db: &Db,
    actor: &Actor,
    membership_id: i64,
    until: &str,
) -> Result<i64, AppError> {
    let seat = store::membership(db.read(), membership_id)
        .await?
        .ok_or(AppError::NotFound)?;
    check(
        Some(actor),
        Action::ManageDirectory,
        Target::Committee(seat.committee_id),
    )?;
    let mut errors = FormErrors::default();
    let until = match rules::optional_day(until) {
        Ok(Some(day)) => iso(day),
        Ok(None) => today_iso(),
        Err(issue) => {
            errors.push("until", issue);
            return Err(errors.into());
        }
    };
    if until < seat.since {
        errors.push("until", FieldIssue::EndsBeforeStart);
        return Err(errors.into());
    }
    let now = now_ms();
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    if !store::end_membership(&mut tx, membership_id, &until).await? {
        // Already ended on or before that day: nothing to shorten.
        errors.push("until", FieldIssue::NotAllowedNow);
        return Err(errors.into());
    }
    let after = json!({
        "membership": membership_id,
        "name": seat.name,
        "role": seat.role,
        "until": until,
        "before": { "until": seat.until },
    });
    audit_entry(
        &mut tx,
        actor,
        "committee.member_end",
        seat.committee_id,
        after,
        now,
    )
    .await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(seat.committee_id)
}
