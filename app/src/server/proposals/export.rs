//! The proposals an official sees, as a table for the CSV and Excel exports: Jalali dates,
//! the reader's words for codes, amounts in Rials.
use super::listing::cards;
use super::Looking;
use crate::api::AppError;
use crate::domain::jalali::JalaliDate;
use crate::domain::permissions::Actor;
use crate::i18n::*;
use crate::server::db::proposals::{self as store, ProposalFilter, ProposalOrder};
use crate::server::db::Db;
use crate::server::directory::export::{headers, Table};
use crate::ui::components::{labels, proposal_labels};
use tracing::instrument;

fn date(ms: Option<i64>) -> String {
    ms.and_then(JalaliDate::from_unix_ms)
        .map(JalaliDate::to_numeric)
        .unwrap_or_default()
}

#[instrument(skip_all)]
pub async fn table(db: &Db, actor: &Actor, locale: Locale) -> Result<Table, AppError> {
    let looking = Looking::of(actor);
    let (rows, _) = store::page(
        db.read(),
        &looking.viewer(),
        &ProposalFilter::default(),
        ProposalOrder::Newest,
        i64::MAX / 2,
        0,
    )
    .await?;
    let submitted: Vec<(i64, Option<i64>)> = rows.iter().map(|r| (r.id, r.submitted_at)).collect();
    let separator = td_string!(locale, directory.list_separator);
    let rows = cards(db, rows)
        .await?
        .into_iter()
        .map(|c| {
            let submitted_at = submitted
                .iter()
                .find(|(id, _)| *id == c.id)
                .and_then(|(_, at)| *at);
            let places: Vec<String> = c.neighbourhoods.into_iter().map(|n| n.name).collect();
            vec![
                c.id.to_string(),
                c.title,
                c.organisation.name,
                c.dimension
                    .map(|d| labels::dimension_in(locale, d).to_string())
                    .unwrap_or_default(),
                places.join(separator),
                c.committee.map(|n| n.name).unwrap_or_default(),
                proposal_labels::status_in(locale, c.status).to_string(),
                date(submitted_at),
                date(Some(c.status_since_ms)),
                c.waiting_days.map(|d| d.to_string()).unwrap_or_default(),
                c.budget_rials.map(|b| b.to_string()).unwrap_or_default(),
            ]
        })
        .collect();
    Ok(Table {
        name: "proposals",
        headers: headers(&[
            td_string!(locale, dashboard.number),
            td_string!(locale, proposals.title),
            td_string!(locale, directory.organisation),
            td_string!(locale, directory.dimension),
            td_string!(locale, proposals.neighbourhoods),
            td_string!(locale, proposals.committee),
            td_string!(locale, proposals.status),
            td_string!(locale, proposals.submitted),
            td_string!(locale, dashboard.status_since),
            td_string!(locale, dashboard.waiting_days),
            td_string!(locale, proposals.budget),
        ]),
        rows,
    })
}
