//! Closing an action: what was achieved for every target, how many came, and an account of
//! it, by those who run it, once, and not before its day.
use super::manages;
use crate::api::AppError;
use crate::domain::action_rules::{self as rules, ActionState, Measure};
use crate::domain::directory_rules::parse_iso;
use crate::domain::permissions::Actor;
use crate::domain::validation::FormErrors;
use crate::server::db::local_actions as store;
use crate::server::db::{audit, Db, DbError};
use crate::server::{now_ms, today_iso};
use serde_json::json;
use tracing::instrument;

/// The closing form: achieved values by target id, attendance and the account.
#[derive(Clone, Debug, Default)]
pub struct ClosingInput {
    pub target_ids: Vec<String>,
    pub achieved: Vec<String>,
    pub attendance: String,
    pub account: String,
}

#[instrument(skip_all)]
pub async fn close(db: &Db, actor: &Actor, id: i64, input: &ClosingInput) -> Result<(), AppError> {
    let row = store::find(db.read(), id)
        .await?
        .ok_or(AppError::NotFound)?;
    if !manages(Some(actor), &row) {
        return Err(AppError::Forbidden);
    }
    let state = ActionState::parse(&row.state).unwrap_or(ActionState::Closed);
    let today = parse_iso(&today_iso()).unwrap_or_default();
    rules::may_close(state, &row.held_on, today).map_err(|_| AppError::NotNow)?;
    let targets = store::targets(db.read(), id).await?;
    let mut errors = FormErrors::default();
    let mut values = Vec::with_capacity(targets.len());
    for target in &targets {
        let typed = input
            .target_ids
            .iter()
            .position(|t| t.trim() == target.id.to_string())
            .and_then(|i| input.achieved.get(i))
            .map_or("", String::as_str);
        let measure = Measure::parse(&target.measure).unwrap_or(Measure::Other);
        let field = format!("achieved_{}", target.id);
        if let Some(value) = errors.check(&field, rules::achieved(measure, typed)) {
            values.push((target.id, value));
        }
    }
    let attendance = errors.check("attendance", rules::attendance(&input.attendance));
    let account = errors.check("account", rules::account(&input.account));
    let (Some(attendance), Some(account)) = (attendance, account) else {
        return Err(errors.into());
    };
    if !errors.is_empty() {
        return Err(errors.into());
    }
    let now = now_ms();
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    if !store::close(&mut tx, id, attendance, &account, actor.user_id, now).await? {
        return Err(AppError::NotNow);
    }
    for (target_id, value) in &values {
        store::set_achieved(&mut tx, id, *target_id, *value).await?;
    }
    let after = json!({ "attendance": attendance, "achieved": values });
    audit::change(
        &mut tx,
        Some(actor.user_id),
        "action.close",
        "local_action",
        id,
        after,
        now,
    )
    .await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(())
}
