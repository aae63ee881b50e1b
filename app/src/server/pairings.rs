//! Pairings: officials introduce a large charity (the mentor) to a smaller one (the mentee)
//! with what is offered and the goals, and mark it completed or ended; everyone sees them on
//! the list and on both organisations' pages.
use crate::api::AppError;
use crate::domain::directory_rules::{iso, required_text, LONG_TEXT_MAX};
use crate::domain::paging::{page_count, page_number};
use crate::domain::pairing_rules::{self as rules, PairingState, PAIRINGS_PAGE};
use crate::domain::permissions::Actor;
use crate::domain::validation::FieldIssue;
use crate::model::directory::Named;
use crate::model::pairings::{PairingView, PairingsPage};
use crate::server::auth::caller::officials_only;
use crate::server::db::pairings::{self as store, NewPairing, PairingRow};
use crate::server::db::{audit, organisations, Db, DbError};
use crate::server::{now_ms, today_iso};
use serde_json::json;
use tracing::instrument;

pub(crate) fn view(row: PairingRow) -> PairingView {
    PairingView {
        id: row.id,
        mentor: Named {
            id: row.mentor_id,
            name: row.mentor,
        },
        mentee: Named {
            id: row.mentee_id,
            name: row.mentee,
        },
        offered: row.offered,
        goals: row.goals,
        state: PairingState::parse(&row.state).unwrap_or(PairingState::Active),
        starts_on: row.starts_on,
        ended_on: row.ended_on,
        outcome: row.outcome,
    }
}

#[instrument(skip(db, actor))]
pub async fn page(db: &Db, actor: Option<&Actor>, page: i64) -> Result<PairingsPage, AppError> {
    let total = store::count(db.read()).await?;
    let page = page_number(page).min(page_count(total, PAIRINGS_PAGE).max(1));
    let rows = store::list(db.read(), PAIRINGS_PAGE, (page - 1) * PAIRINGS_PAGE).await?;
    let may_manage = actor.is_some_and(Actor::is_staff);
    let organisations = if may_manage {
        organisations::verified_of_kind(db.read(), "")
            .await?
            .into_iter()
            .map(|(id, name)| Named { id, name })
            .collect()
    } else {
        Vec::new()
    };
    Ok(PairingsPage {
        pairings: rows.into_iter().map(view).collect(),
        page: page as u32,
        total,
        may_manage,
        organisations,
    })
}

/// An organisation's pairings, as mentor or mentee (public, like its page).
pub async fn of_organisation(db: &Db, id: i64) -> Result<Vec<PairingView>, AppError> {
    Ok(store::of_organisation(db.read(), id)
        .await?
        .into_iter()
        .map(view)
        .collect())
}

#[derive(Clone, Debug, Default)]
pub struct PairingInput {
    pub mentor: String,
    pub mentee: String,
    pub offered: String,
    pub goals: String,
    pub starts_on: String,
}

/// An official introduces two verified organisations to each other.
#[instrument(skip_all)]
pub async fn introduce(db: &Db, actor: &Actor, input: &PairingInput) -> Result<i64, AppError> {
    officials_only(actor)?;
    let p = rules::pairing(
        &input.mentor,
        &input.mentee,
        &input.offered,
        &input.goals,
        &input.starts_on,
    )
    .map_err(AppError::Invalid)?;
    let verified = |id: i64| async move {
        Ok::<bool, AppError>(
            organisations::find(db.read(), id)
                .await?
                .is_some_and(|o| o.status == "verified"),
        )
    };
    if !verified(p.mentor).await? {
        return Err(AppError::invalid("mentor", FieldIssue::InvalidChoice));
    }
    if !verified(p.mentee).await? {
        return Err(AppError::invalid("mentee", FieldIssue::InvalidChoice));
    }
    let now = now_ms();
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    let id = store::insert(
        &mut tx,
        NewPairing {
            mentor_id: p.mentor,
            mentee_id: p.mentee,
            offered: &p.offered,
            goals: &p.goals,
            starts_on: &iso(p.starts_on),
            introduced_by: actor.user_id,
            now,
        },
    )
    .await?;
    let after = json!({ "mentor": p.mentor, "mentee": p.mentee });
    audit::change(
        &mut tx,
        Some(actor.user_id),
        "pairing.introduce",
        "pairing",
        id,
        after,
        now,
    )
    .await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(id)
}

/// An official marks an active pairing completed or ended, saying how it went.
#[instrument(skip(db, actor, outcome))]
pub async fn end(
    db: &Db,
    actor: &Actor,
    id: i64,
    state: &str,
    outcome: &str,
) -> Result<(), AppError> {
    officials_only(actor)?;
    let row = store::find(db.read(), id)
        .await?
        .ok_or(AppError::NotFound)?;
    let to = PairingState::parse(state)
        .ok_or_else(|| AppError::invalid("state", FieldIssue::InvalidChoice))?;
    let from = PairingState::parse(&row.state).unwrap_or(PairingState::Active);
    match rules::may_end(from, to) {
        Err(FieldIssue::NotAllowedNow) => return Err(AppError::NotNow),
        Err(issue) => return Err(AppError::invalid("state", issue)),
        Ok(()) => {}
    }
    let outcome =
        required_text(outcome, LONG_TEXT_MAX).map_err(|i| AppError::invalid("outcome", i))?;
    let now = now_ms();
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    if !store::end(&mut tx, id, to.as_str(), &today_iso(), &outcome).await? {
        return Err(AppError::NotNow);
    }
    let after = json!({ "state": to.as_str() });
    audit::change(
        &mut tx,
        Some(actor.user_id),
        "pairing.end",
        "pairing",
        id,
        after,
        now,
    )
    .await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(())
}
