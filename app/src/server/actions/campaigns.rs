//! Officials start campaigns; anyone sees them with what their actions add up to.
use super::{card, figures, ACTIONS_PAGE};
use crate::api::AppError;
use crate::domain::directory_rules::{self as rules, iso, LONG_TEXT_MAX, TITLE_MAX};
use crate::domain::normalize::fold_for_search;
use crate::domain::permissions::Actor;
use crate::domain::reference_rules::drive_period;
use crate::domain::validation::{FieldIssue, FormErrors};
use crate::model::actions::{CampaignCard, CampaignDetail, CampaignList};
use crate::model::directory::Named;
use crate::server::centres::forms::one_of;
use crate::server::db::campaigns::{self as store, CampaignRow, NewCampaign};
use crate::server::db::local_actions::{self as actions, ActionsOf};
use crate::server::db::{audit, volunteer_reference, Db, DbError};
use crate::server::now_ms;
use serde_json::json;
use tracing::instrument;

/// How many of the best centres a campaign's page names.
const LEADERS: usize = 5;

fn campaign_card(row: &CampaignRow) -> CampaignCard {
    CampaignCard {
        id: row.id,
        name: row.name.clone(),
        starts_on: row.starts_on.clone(),
        ends_on: row.ends_on.clone(),
        actions: row.actions,
        closed: row.closed,
        centres: row.centres,
    }
}

#[instrument(skip_all)]
pub async fn list(db: &Db, actor: Option<&Actor>) -> Result<CampaignList, AppError> {
    let campaigns = store::list(db.read())
        .await?
        .iter()
        .map(campaign_card)
        .collect();
    let may_add = actor.is_some_and(Actor::is_staff);
    let drives = if may_add {
        volunteer_reference::drives(db.read())
            .await?
            .into_iter()
            .map(|d| Named {
                id: d.id,
                name: format!("{} ({})", d.name, d.code),
            })
            .collect()
    } else {
        Vec::new()
    };
    Ok(CampaignList {
        campaigns,
        may_add,
        drives,
    })
}

/// The campaigns running on `today` (ISO), with their figures.
pub async fn running(db: &Db, today: &str) -> Result<Vec<CampaignCard>, AppError> {
    Ok(store::list(db.read())
        .await?
        .iter()
        .filter(|c| c.starts_on.as_str() <= today && today <= c.ends_on.as_str())
        .map(campaign_card)
        .collect())
}

/// A campaign with its figures and one page of its actions.
#[instrument(skip_all)]
pub async fn detail(
    db: &Db,
    actor: Option<&Actor>,
    id: i64,
    page: i64,
) -> Result<CampaignDetail, AppError> {
    let row = store::find(db.read(), id)
        .await?
        .ok_or(AppError::NotFound)?;
    let of = ActionsOf::Campaign(id);
    let figures = figures(actions::figures(db.read(), of).await?);
    let total = figures.actions;
    // A page past the end shows the last one.
    let pages = crate::domain::paging::page_count(total, ACTIONS_PAGE);
    let page = crate::domain::paging::page_number(page).min(pages);
    let rows = actions::list(db.read(), of, ACTIONS_PAGE, (page - 1) * ACTIONS_PAGE).await?;
    let scored = super::scores::compute(db, id).await?;
    let name_of = |centre: i64| {
        let name = scored
            .centres
            .iter()
            .find(|c| c.id == centre)
            .map(|c| c.name.clone());
        Named {
            id: centre,
            name: name.unwrap_or_default(),
        }
    };
    let leaders = if scored.indicators.is_empty() {
        Vec::new()
    } else {
        scored
            .scores
            .iter()
            .take(LEADERS)
            .map(|s| (name_of(s.centre_id), s.tenths, s.rank))
            .collect()
    };
    let recognised = crate::server::db::campaign_scores::recognitions(db.read(), id)
        .await?
        .into_iter()
        .map(|(centre, citation)| (name_of(centre), citation))
        .collect();
    // The new-action form's own rule says who may publish.
    let open = row.ends_on >= crate::server::today_iso();
    let may_publish = match actor {
        Some(actor) if open => super::publish::form_options(db, actor).await.is_ok(),
        _ => false,
    };
    Ok(CampaignDetail {
        card: campaign_card(&row),
        goals: row.goals.clone(),
        drive: row
            .drive_code
            .clone()
            .zip(row.drive_name.clone())
            .map(|(code, name)| (code, name, row.drive_volunteers)),
        figures,
        actions: rows.iter().map(card).collect(),
        page: page as u32,
        total,
        may_manage: actor.is_some_and(Actor::is_staff),
        may_publish,
        leaders,
        recognised,
        reports: crate::server::reports::of_campaign(db, id).await?,
    })
}

/// The campaign as typed on its form.
#[derive(Clone, Debug, Default)]
pub struct CampaignInput {
    pub name: String,
    pub starts_on: String,
    pub ends_on: String,
    pub goals: String,
    pub drive: String,
}

/// Starts a campaign (officials); answers its id.
#[instrument(skip_all)]
pub async fn create(db: &Db, actor: &Actor, input: &CampaignInput) -> Result<i64, AppError> {
    if !actor.is_staff() {
        return Err(AppError::Forbidden);
    }
    let mut errors = FormErrors::default();
    let name = errors.check("name", rules::title(&input.name, 3, TITLE_MAX));
    let (starts, ends) = drive_period(&input.starts_on, &input.ends_on);
    let starts = errors.check("starts_on", starts);
    let ends = errors.check("ends_on", ends.and_then(|e| e.ok_or(FieldIssue::Required)));
    let goals = errors.check("goals", rules::required_text(&input.goals, LONG_TEXT_MAX));
    let drive = match input.drive.trim() {
        "" => Some(None),
        typed => {
            let drives = volunteer_reference::drives(db.read()).await?;
            errors
                .check("drive", one_of(typed, drives.iter().map(|d| d.id)))
                .map(Some)
        }
    };
    let (Some(name), Some(starts), Some(ends), Some(goals), Some(drive)) =
        (name, starts, ends, goals, drive)
    else {
        return Err(errors.into());
    };
    let now = now_ms();
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    let id = store::insert(
        &mut tx,
        NewCampaign {
            name: &name,
            starts_on: &iso(starts),
            ends_on: &iso(ends),
            goals: &goals,
            drive_id: drive,
            search_text: &fold_for_search(&name),
            created_by: actor.user_id,
            now,
        },
    )
    .await?;
    let after = json!({ "name": name, "starts_on": iso(starts), "ends_on": iso(ends) });
    audit::change(
        &mut tx,
        Some(actor.user_id),
        "campaign.add",
        "campaign",
        id,
        after,
        now,
    )
    .await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(id)
}
