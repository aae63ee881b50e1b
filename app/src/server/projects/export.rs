//! Projects with their progress, and the follow-up list, as tables for the CSV and Excel
//! exports: Jalali dates, the reader's words for codes.
use super::{cards, follow_up};
use crate::api::AppError;
use crate::domain::jalali::JalaliDate;
use crate::domain::permissions::Actor;
use crate::domain::project_rules::StalledRule;
use crate::i18n::*;
use crate::server::db::{projects, Db};
use crate::server::directory::export::{day, headers, Table};
use crate::ui::components::project_labels;
use tracing::instrument;

fn optional(n: Option<i64>) -> String {
    n.map(|n| n.to_string()).unwrap_or_default()
}

/// Every project with its lead, places, status, whether it has stalled, plan and progress.
#[instrument(skip_all)]
pub async fn projects_table(db: &Db, locale: Locale, rule: StalledRule) -> Result<Table, AppError> {
    let (rows, _) = projects::page(db.read(), "", None, i64::MAX / 2, 0).await?;
    let plans: Vec<(i64, Option<String>, Option<String>)> = rows
        .iter()
        .map(|r| (r.id, r.planned_start.clone(), r.planned_end.clone()))
        .collect();
    let open = projects::open_milestones_of_running(db.read()).await?;
    let separator = td_string!(locale, directory.list_separator);
    let rows = cards(db, rule, rows, &open)
        .await?
        .into_iter()
        .zip(plans)
        .map(|(c, (_, start, end))| {
            let places: Vec<String> = c.neighbourhoods.into_iter().map(|n| n.name).collect();
            vec![
                c.id.to_string(),
                c.title,
                c.lead.map(|l| l.name).unwrap_or_default(),
                places.join(separator),
                project_labels::status_in(locale, c.status).to_string(),
                c.stalled
                    .map(|s| project_labels::stalled_in(locale, s))
                    .unwrap_or_default(),
                optional(c.percent),
                day(c.last_update.as_deref()),
                day(start.as_deref()),
                day(end.as_deref()),
                optional(c.budget_rials),
            ]
        })
        .collect();
    Ok(Table {
        name: "projects",
        headers: headers(&[
            td_string!(locale, dashboard.number),
            td_string!(locale, proposals.title),
            td_string!(locale, projects.lead),
            td_string!(locale, proposals.neighbourhoods),
            td_string!(locale, proposals.status),
            td_string!(locale, projects.stalled),
            td_string!(locale, projects.percent_done),
            td_string!(locale, dashboard.last_report),
            td_string!(locale, projects.planned_start),
            td_string!(locale, projects.planned_end),
            td_string!(locale, proposals.budget),
        ]),
        rows,
    })
}

/// The follow-up list as `/follow-up` shows it, longest stalled first.
#[instrument(skip_all)]
pub async fn follow_up_table(
    db: &Db,
    actor: &Actor,
    locale: Locale,
    rule: StalledRule,
) -> Result<Table, AppError> {
    let rows = follow_up::list(db, Some(actor), rule)
        .await?
        .into_iter()
        .map(|item| {
            let (action, at) = item.last_follow_up.unzip();
            vec![
                item.card.id.to_string(),
                item.card.title,
                item.card.lead.map(|l| l.name).unwrap_or_default(),
                project_labels::stalled_in(locale, item.stalled),
                item.stalled.days().to_string(),
                day(item.card.last_update.as_deref()),
                optional(item.card.percent),
                action
                    .map(|a| project_labels::follow_up_in(locale, a).to_string())
                    .unwrap_or_default(),
                at.and_then(JalaliDate::from_unix_ms)
                    .map(JalaliDate::to_numeric)
                    .unwrap_or_default(),
            ]
        })
        .collect();
    Ok(Table {
        name: "follow-up",
        headers: headers(&[
            td_string!(locale, dashboard.number),
            td_string!(locale, proposals.title),
            td_string!(locale, projects.owes),
            td_string!(locale, projects.stalled),
            td_string!(locale, dashboard.stalled_days),
            td_string!(locale, dashboard.last_report),
            td_string!(locale, projects.percent_done),
            td_string!(locale, dashboard.last_follow_up),
            td_string!(locale, dashboard.last_follow_up_day),
        ]),
        rows,
    })
}
