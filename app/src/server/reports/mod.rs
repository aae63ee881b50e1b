//! Reports of a campaign or a Jalali period: prepared from the records for an official to
//! check, frozen as they stood (numbered, dated, never changed after), listed for everyone and
//! exported for the national headquarters.
pub mod build;
pub mod export;
pub mod freeze;

use crate::api::AppError;
use crate::domain::digits::parse_number;
use crate::domain::directory_rules::parse_iso;
use crate::domain::jalali::JalaliDate;
use crate::domain::paging::page_count;
use crate::domain::permissions::Actor;
use crate::domain::report_rules::{number, Period, ScopeKind, REPORTS_PAGE};
use crate::domain::validation::FieldIssue;
use crate::model::directory::Named;
use crate::model::reports::{FrozenReport, ReportBody, ReportCard, ReportChoices, ReportsPage};
use crate::server::db::frozen_reports::{self as store, ReportRow};
use crate::server::db::{campaigns, Db};
use crate::server::now_ms;
use tracing::instrument;

/// What a report covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    Campaign(i64),
    Period(Period),
}

/// Reads the report forms: a campaign's id, or else a Jalali year and part; a refusal names
/// the field.
pub fn scope_of(campaign: &str, year: &str, part: &str) -> Result<Scope, AppError> {
    if !campaign.trim().is_empty() {
        return parse_number(campaign)
            .filter(|id| *id > 0)
            .map(Scope::Campaign)
            .ok_or_else(|| AppError::invalid("campaign", FieldIssue::InvalidChoice));
    }
    Period::parse(year, part, this_year())
        .map(Scope::Period)
        .map_err(|(field, issue)| AppError::invalid(field, issue))
}

/// The Jalali year in Iran now.
pub(crate) fn this_year() -> i32 {
    JalaliDate::from_unix_ms(now_ms()).map_or(1405, |d| d.year)
}

fn card(row: ReportRow) -> ReportCard {
    let scope = ScopeKind::parse(&row.scope).unwrap_or(ScopeKind::Year);
    // A period report's year and part are read back from its first day.
    let first = parse_iso(&row.starts_on).and_then(JalaliDate::from_gregorian);
    let (year, part) = match (scope, first) {
        (ScopeKind::Campaign, _) | (_, None) => (None, None),
        (ScopeKind::Year, Some(d)) => (Some(d.year), None),
        (ScopeKind::Season, Some(d)) => (Some(d.year), Some(d.month.div_ceil(3))),
        (ScopeKind::Month, Some(d)) => (Some(d.year), Some(d.month)),
    };
    ReportCard {
        id: row.id,
        number: number(row.year, row.serial),
        scope,
        campaign: row
            .campaign_id
            .zip(row.campaign)
            .map(|(id, name)| Named { id, name }),
        year,
        part,
        starts_on: row.starts_on,
        ends_on: row.ends_on,
        frozen_at: row.frozen_at,
    }
}

/// `/reports`: the frozen reports a page at a time (public); officials also get the campaigns
/// they may report on.
#[instrument(skip(db, actor))]
pub async fn page(db: &Db, actor: Option<&Actor>, page: i64) -> Result<ReportsPage, AppError> {
    let total = store::count(db.read()).await?;
    let page = page.clamp(1, page_count(total, REPORTS_PAGE).max(1));
    let rows = store::list(db.read(), REPORTS_PAGE, (page - 1) * REPORTS_PAGE).await?;
    let may_freeze = actor.is_some_and(|a| a.is_staff());
    let campaigns = if may_freeze {
        campaign_choices(db).await?
    } else {
        Vec::new()
    };
    Ok(ReportsPage {
        reports: rows.into_iter().map(card).collect(),
        page: page as u32,
        total,
        campaigns,
        may_freeze,
        this_year: this_year(),
    })
}

/// The campaigns a report may be prepared of.
async fn campaign_choices(db: &Db) -> Result<Vec<Named>, AppError> {
    Ok(campaigns::list(db.read())
        .await?
        .into_iter()
        .map(|c| Named {
            id: c.id,
            name: c.name,
        })
        .collect())
}

/// What an official may prepare a report of (officials only).
pub async fn choices(db: &Db, actor: &Actor) -> Result<ReportChoices, AppError> {
    crate::server::auth::caller::officials_only(actor)?;
    Ok(ReportChoices {
        campaigns: campaign_choices(db).await?,
        this_year: this_year(),
    })
}

/// A campaign's frozen reports, for its public page.
pub async fn of_campaign(db: &Db, campaign_id: i64) -> Result<Vec<ReportCard>, AppError> {
    Ok(store::of_campaign(db.read(), campaign_id)
        .await?
        .into_iter()
        .map(card)
        .collect())
}

/// A frozen report as it was stored (public).
#[instrument(skip(db))]
pub async fn frozen(db: &Db, id: i64) -> Result<FrozenReport, AppError> {
    let stored = store::find(db.read(), id)
        .await?
        .ok_or(AppError::NotFound)?;
    let body: ReportBody = serde_json::from_str(&stored.body).map_err(|error| {
        tracing::error!(%error, id, "a frozen report's body does not read");
        AppError::Internal
    })?;
    Ok(FrozenReport {
        card: card(stored.row),
        frozen_by: stored.frozen_by,
        body,
    })
}

/// A report from the records as they are now, for an official to check before freezing.
pub async fn draft(db: &Db, actor: &Actor, scope: Scope) -> Result<ReportBody, AppError> {
    crate::server::auth::caller::officials_only(actor)?;
    build::build(db, scope).await
}
