//! The directory's operations: each checks the caller's permission on the object, reads or
//! writes through the data layer, and audits every change. Server functions call these.
pub mod capacities;
pub mod capacity_forms;
pub mod committees;
pub mod export;
pub mod logos;
pub mod memberships;
pub mod neighbourhood_forms;
pub mod neighbourhoods;
pub mod organisation_forms;
pub mod organisations;
pub mod people;
pub mod people_forms;
pub mod representatives;
pub mod search;
pub mod working_group_forms;
pub mod working_groups;

use crate::api::AppError;
use crate::domain::codes::OrgKind;
use crate::domain::permissions::{may, Action, Actor, Target};
use crate::domain::roles::CommitteeRole;
use crate::domain::validation::{FieldIssue, FormErrors};
use crate::model::directory::{HistoryEntry, Member, MemberKind, Named};
use crate::server::db::{audit, committees::MemberRow, Db};

pub(crate) fn named((id, name): (i64, String)) -> Named {
    Named { id, name }
}

pub(crate) fn member(row: MemberRow) -> Member {
    let kind = match row.org_kind.as_deref().and_then(OrgKind::parse) {
        Some(kind) => MemberKind::Organisation(kind),
        None => MemberKind::Person,
    };
    Member {
        membership_id: row.id,
        kind,
        member_id: row.organisation_id.or(row.person_id).unwrap_or_default(),
        name: row.name,
        detail: row.detail,
        role: CommitteeRole::parse(&row.role).unwrap_or(CommitteeRole::Member),
        since: row.since,
        until: row.until,
    }
}

/// Whether a membership is current on `today` (ISO days compare as text).
pub(crate) fn is_current(member: &Member, today: &str) -> bool {
    member.since.as_str() <= today && member.until.as_deref().is_none_or(|u| u >= today)
}

/// The object's change history, for those allowed to see records; `None` for everyone else.
pub(crate) async fn history_for(
    db: &Db,
    actor: Option<&Actor>,
    object_kind: &str,
    object_id: i64,
) -> Result<Option<Vec<HistoryEntry>>, AppError> {
    if !may(actor, Action::SeeRecords, Target::Portal) {
        return Ok(None);
    }
    let rows = audit::history(db.read(), object_kind, &object_id.to_string()).await?;
    Ok(Some(
        rows.into_iter()
            .map(|r| HistoryEntry {
                at_ms: r.at,
                actor: r.actor_name,
                action: r.action,
            })
            .collect(),
    ))
}

/// Refuses with 401 for visitors and 403 for others when `may` says no.
pub(crate) fn check(actor: Option<&Actor>, action: Action, target: Target) -> Result<(), AppError> {
    match (may(actor, action, target), actor) {
        (true, _) => Ok(()),
        (false, None) => Err(AppError::SignInRequired),
        (false, Some(_)) => Err(AppError::Forbidden),
    }
}

/// A save refused because someone saved the object first. The form keeps what was typed and
/// learns the current version, so saving again applies the typed values knowingly.
pub(crate) fn changed_meanwhile(current_version: i64) -> AppError {
    let mut errors = FormErrors::default();
    errors.push("version", FieldIssue::ChangedMeanwhile);
    errors.keep("version", &current_version.to_string());
    errors.into()
}

/// Every neighbourhood, by name, to choose from in a form.
pub(crate) async fn neighbourhood_choices(db: &Db) -> Result<Vec<Named>, AppError> {
    let rows = crate::server::db::neighbourhoods::all(db.read(), "%").await?;
    Ok(rows.into_iter().map(|n| named((n.id, n.name))).collect())
}

/// Whether any of the ids a form sent is not a neighbourhood.
pub(crate) async fn has_unknown_neighbourhood(db: &Db, ids: &[i64]) -> Result<bool, AppError> {
    if ids.is_empty() {
        return Ok(false);
    }
    let rows = crate::server::db::neighbourhoods::all(db.read(), "%").await?;
    Ok(ids.iter().any(|id| !rows.iter().any(|n| n.id == *id)))
}
