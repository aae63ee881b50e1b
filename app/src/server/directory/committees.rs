//! Committees: the list, one committee's page, creating one, and seating members.
use super::{check, history_for, is_current, member};
use crate::api::AppError;
use crate::domain::codes::{CommitteeStatus, Dimension};
use crate::domain::directory_rules::{self as rules, iso, parse_iso, periods_overlap};
use crate::domain::normalize::{fold_for_search, like_pattern};
use crate::domain::permissions::{Action, Actor, Target};
use crate::domain::roles::CommitteeRole;
use crate::domain::validation::{FieldIssue, FormErrors};
use crate::model::directory::{CommitteeCard, CommitteeDetail};
use crate::server::db::audit::{self, AuditEntry};
use crate::server::db::committees::{self as store, CommitteeOrder, NewCommittee, NewMembership};
use crate::server::db::{Db, DbError};
use crate::server::{now_ms, today_iso};
use serde_json::json;
use tracing::instrument;

#[instrument(skip_all)]
pub async fn cards(
    db: &Db,
    dimension: Option<Dimension>,
    query: &str,
    order: CommitteeOrder,
) -> Result<Vec<CommitteeCard>, AppError> {
    let like = like_pattern(&fold_for_search(query));
    let dimension = dimension.map(Dimension::as_str).unwrap_or_default();
    let rows = store::cards(db.read(), &today_iso(), dimension, &like, order).await?;
    Ok(rows
        .into_iter()
        .map(|r| CommitteeCard {
            id: r.id,
            name: r.name,
            dimension: Dimension::parse(&r.dimension).unwrap_or(Dimension::Other),
            status: CommitteeStatus::parse(&r.status).unwrap_or(CommitteeStatus::Active),
            chair: r.chair,
            agencies: r.agencies,
            ngos: r.ngos,
            experts: r.experts,
            working_groups: r.working_groups,
        })
        .collect())
}

#[instrument(skip_all)]
pub async fn detail(db: &Db, actor: Option<&Actor>, id: i64) -> Result<CommitteeDetail, AppError> {
    let row = store::find(db.read(), id)
        .await?
        .ok_or(AppError::NotFound)?;
    let today = today_iso();
    let (current, past) = store::members(db.read(), id)
        .await?
        .into_iter()
        .map(member)
        .partition(|m| is_current(m, &today));
    let working_groups =
        super::working_groups::cards(db, crate::server::db::working_groups::Scope::Committee(id))
            .await?;
    Ok(CommitteeDetail {
        id,
        name: row.name,
        dimension: Dimension::parse(&row.dimension).unwrap_or(Dimension::Other),
        mandate: row.mandate,
        status: CommitteeStatus::parse(&row.status).unwrap_or(CommitteeStatus::Active),
        current,
        past,
        working_groups,
        history: history_for(db, actor, "committee", id).await?,
    })
}

/// What an official types to create a committee.
pub struct CommitteeInput {
    pub name: String,
    pub dimension: String,
    pub mandate: String,
}

#[instrument(skip_all)]
pub async fn create(db: &Db, actor: &Actor, input: CommitteeInput) -> Result<i64, AppError> {
    check(Some(actor), Action::ManageDirectory, Target::Portal)?;
    let mut errors = FormErrors::default();
    let name = errors.check("name", rules::title(&input.name, 3, rules::TITLE_MAX));
    let dimension = errors.check(
        "dimension",
        rules::choice(&input.dimension, Dimension::parse),
    );
    let mandate = errors.check(
        "mandate",
        rules::optional_text(&input.mandate, rules::LONG_TEXT_MAX),
    );
    let (Some(name), Some(dimension), Some(mandate)) = (name, dimension, mandate) else {
        return Err(errors.into());
    };
    let now = now_ms();
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    let id = store::insert(
        &mut tx,
        NewCommittee {
            name: &name,
            dimension: dimension.as_str(),
            mandate: &mandate,
            search_text: &fold_for_search(&name),
            created_by: Some(actor.user_id),
            now,
        },
    )
    .await?;
    let after = json!({ "name": name, "dimension": dimension.as_str() });
    audit_entry(&mut tx, actor, "committee.create", id, after, now).await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(id)
}

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

async fn audit_entry(
    conn: &mut sqlx::AnyConnection,
    actor: &Actor,
    action: &str,
    committee_id: i64,
    after: serde_json::Value,
    now: i64,
) -> Result<(), DbError> {
    let entry = AuditEntry {
        actor_id: Some(actor.user_id),
        action,
        object_kind: "committee",
        object_id: committee_id.to_string(),
        before: None,
        after: Some(after),
    };
    audit::record(conn, entry, now).await
}
