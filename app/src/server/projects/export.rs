//! Projects with their progress, and the follow-up list, as tables for the CSV and Excel
//! exports: Jalali dates, the reader's words for codes.
use super::{cards, follow_up};
use crate::api::AppError;
use crate::domain::permissions::Actor;
use crate::domain::project_rules::StalledRule;
use crate::i18n::*;
use crate::server::db::{projects, Db};
use crate::server::export_table::{date_of, day, number, text, Kind, Table, Value};
use crate::ui::components::project_labels;
use tracing::instrument;

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
                number(Some(c.id)),
                text(c.title),
                c.lead.map_or(Value::Empty, |l| text(l.name)),
                text(places.join(separator)),
                text(project_labels::status_in(locale, c.status)),
                c.stalled.map_or(Value::Empty, |s| {
                    text(project_labels::stalled_in(locale, s))
                }),
                number(c.percent),
                day(c.last_update.as_deref()),
                day(start.as_deref()),
                day(end.as_deref()),
                number(c.budget_rials),
            ]
        })
        .collect();
    let columns = [
        (td_string!(locale, dashboard.number), Kind::Integer),
        (td_string!(locale, proposals.title), Kind::Text),
        (td_string!(locale, projects.lead), Kind::Text),
        (td_string!(locale, proposals.neighbourhoods), Kind::Text),
        (td_string!(locale, proposals.status), Kind::Text),
        (td_string!(locale, projects.stalled), Kind::Text),
        (td_string!(locale, projects.percent_done), Kind::Percent),
        (td_string!(locale, dashboard.last_report), Kind::Date),
        (td_string!(locale, projects.planned_start), Kind::Date),
        (td_string!(locale, projects.planned_end), Kind::Date),
        (td_string!(locale, proposals.budget), Kind::Money),
    ];
    Ok(Table::new("projects", &columns).with_rows(rows))
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
                number(Some(item.card.id)),
                text(item.card.title),
                item.card.lead.map_or(Value::Empty, |l| text(l.name)),
                text(project_labels::stalled_in(locale, item.stalled)),
                number(Some(item.stalled.days())),
                day(item.card.last_update.as_deref()),
                number(item.card.percent),
                action.map_or(Value::Empty, |a| {
                    text(project_labels::follow_up_in(locale, a))
                }),
                date_of(at),
            ]
        })
        .collect();
    let columns = [
        (td_string!(locale, dashboard.number), Kind::Integer),
        (td_string!(locale, proposals.title), Kind::Text),
        (td_string!(locale, projects.owes), Kind::Text),
        (td_string!(locale, projects.stalled), Kind::Text),
        (td_string!(locale, dashboard.stalled_days), Kind::Integer),
        (td_string!(locale, dashboard.last_report), Kind::Date),
        (td_string!(locale, projects.percent_done), Kind::Percent),
        (td_string!(locale, dashboard.last_follow_up), Kind::Text),
        (td_string!(locale, dashboard.last_follow_up_day), Kind::Date),
    ];
    Ok(Table::new("follow-up", &columns).with_rows(rows))
}
