//! The proposals an official sees, as a table for the CSV and Excel exports: Jalali dates,
//! the reader's words for codes, amounts in Rials.
use super::listing::cards;
use super::Looking;
use crate::api::AppError;
use crate::domain::permissions::Actor;
use crate::i18n::*;
use crate::server::db::proposals::{self as store, ProposalFilter, ProposalOrder};
use crate::server::db::Db;
use crate::server::export_table::{date_of, number, text, Kind, Table, Value};
use crate::ui::components::{labels, proposal_labels};
use tracing::instrument;

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
                number(Some(c.id)),
                text(c.title),
                text(c.organisation.name),
                c.dimension
                    .map_or(Value::Empty, |d| text(labels::dimension_in(locale, d))),
                text(places.join(separator)),
                c.committee.map_or(Value::Empty, |n| text(n.name)),
                text(proposal_labels::status_in(locale, c.status)),
                date_of(submitted_at),
                date_of(Some(c.status_since_ms)),
                number(c.waiting_days),
                number(c.budget_rials),
            ]
        })
        .collect();
    let columns = [
        (td_string!(locale, dashboard.number), Kind::Integer),
        (td_string!(locale, proposals.title), Kind::Text),
        (td_string!(locale, directory.organisation), Kind::Text),
        (td_string!(locale, directory.dimension), Kind::Text),
        (td_string!(locale, proposals.neighbourhoods), Kind::Text),
        (td_string!(locale, proposals.committee), Kind::Text),
        (td_string!(locale, proposals.status), Kind::Text),
        (td_string!(locale, proposals.submitted), Kind::Date),
        (td_string!(locale, dashboard.status_since), Kind::Date),
        (td_string!(locale, dashboard.waiting_days), Kind::Integer),
        (td_string!(locale, proposals.budget), Kind::Money),
    ];
    Ok(Table::new("proposals", &columns).with_rows(rows))
}
