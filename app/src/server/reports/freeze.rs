//! Freezing a report: an official stores it as it stands, with the next number of the Jalali
//! year; and selects which closed actions' accounts the reports carry.
use super::{build::build, this_year, Scope};
use crate::api::AppError;
use crate::domain::action_rules::ActionState;
use crate::domain::permissions::Actor;
use crate::domain::validation::FieldIssue;
use crate::server::auth::caller::officials_only;
use crate::server::db::frozen_reports::{self as store, NewReport};
use crate::server::db::{audit, local_actions, report_figures, Db, DbError};
use crate::server::now_ms;
use serde_json::json;
use tracing::instrument;

/// Freezes the report of the scope as the records stand now; `confirmed` is the official's
/// tick that it cannot be changed afterwards. Returns the report's id.
#[instrument(skip(db, actor))]
pub async fn freeze(
    db: &Db,
    actor: &Actor,
    scope: Scope,
    confirmed: bool,
) -> Result<i64, AppError> {
    officials_only(actor)?;
    if !confirmed {
        return Err(AppError::invalid("confirm", FieldIssue::Required));
    }
    let body = build(db, scope).await?;
    let text = serde_json::to_string(&body).map_err(|error| {
        tracing::error!(%error, "a report does not serialise");
        AppError::Internal
    })?;
    let scope_code = body.scope.map_or("year", |s| s.as_str());
    let report = NewReport {
        year: i64::from(this_year()),
        scope: scope_code,
        campaign_id: body.campaign.as_ref().map(|c| c.id),
        starts_on: &body.starts_on,
        ends_on: &body.ends_on,
        body: &text,
        frozen_by: actor.user_id,
        now: now_ms(),
    };
    // Two officials freezing at the same moment may both take the year's next number; the
    // unique (year, serial) refuses the second, which then takes the number after.
    match store_numbered(db, &report).await {
        Err(DbError::Conflict) => Ok(store_numbered(db, &report).await?),
        stored => Ok(stored?),
    }
}

/// Stores the report with the year's next number, and its audit entry, in one transaction.
async fn store_numbered(db: &Db, report: &NewReport<'_>) -> Result<i64, DbError> {
    let mut tx = db.write().begin().await?;
    let id = store::insert(&mut tx, *report).await?;
    let after =
        json!({ "scope": report.scope, "starts_on": report.starts_on, "ends_on": report.ends_on });
    audit::change(
        &mut tx,
        Some(report.frozen_by),
        "report.freeze",
        "report",
        id,
        after,
        report.now,
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// Selects a closed action's account for the reports of its period, or withdraws it.
#[instrument(skip(db, actor))]
pub async fn select_account(
    db: &Db,
    actor: &Actor,
    action_id: i64,
    selected: bool,
) -> Result<(), AppError> {
    officials_only(actor)?;
    let action = local_actions::find(db.read(), action_id)
        .await?
        .ok_or(AppError::NotFound)?;
    if ActionState::parse(&action.state) != Some(ActionState::Closed) {
        return Err(AppError::NotNow);
    }
    report_figures::select_account(db.write(), action_id, selected).await?;
    Ok(())
}
