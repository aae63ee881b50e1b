//! A frozen report as files: an Excel workbook (a sheet per part, in the reader's language,
//! Jalali days) and the JSON document the national headquarters merges with other provinces'.
use crate::domain::action_rules::ActionKind;
use crate::domain::pairing_rules::PairingState;
use crate::domain::report_rules::EXPORT_FORMAT;
use crate::i18n::*;
use crate::model::reports::{FrozenReport, ReportBody};
use crate::server::export_table::{date_of, day, number, text, Kind, Table, Value};
use crate::ui::components::action_labels::kind_in;
use serde::Serialize;

/// The JSON export: the report's identity, where it comes from, and its body as frozen.
#[derive(Serialize)]
pub struct Exported<'a> {
    pub format: u32,
    pub source: &'static str,
    pub province: &'a str,
    pub number: &'a str,
    /// ISO instant (UTC) of freezing.
    pub frozen_at: String,
    pub report: &'a ReportBody,
}

pub fn json<'a>(report: &'a FrozenReport, province: &'a str) -> Exported<'a> {
    let frozen_at = chrono::DateTime::from_timestamp_millis(report.card.frozen_at)
        .map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
        .unwrap_or_default();
    Exported {
        format: EXPORT_FORMAT,
        source: "tavana",
        province,
        number: &report.card.number,
        frozen_at,
        report: &report.body,
    }
}

/// A pairing's state in the reader's words (its code if unknown).
fn state_in(locale: Locale, code: &str) -> String {
    match PairingState::parse(code) {
        Some(PairingState::Active) => td_string!(locale, pairings.state_active).to_string(),
        Some(PairingState::Completed) => td_string!(locale, pairings.state_completed).to_string(),
        Some(PairingState::Ended) => td_string!(locale, pairings.state_ended).to_string(),
        None => code.to_string(),
    }
}

/// A score kept in tenths as a spreadsheet reads it (`87.5`).
fn tenths(value: i64) -> String {
    format!("{}.{}", value / 10, (value % 10).abs())
}

/// The workbook's sheets: the totals, then actions by kind and by neighbourhood, the ranking,
/// pairings, volunteers honoured and the selected accounts.
pub fn tables(report: &FrozenReport, locale: Locale) -> Vec<Table> {
    let b = &report.body;
    let t = &b.totals;
    let figure = |label: &str, value: i64| vec![text(label), number(Some(value))];
    let summary = Table::new(
        "report",
        &[
            (td_string!(locale, reports.figure), Kind::Text),
            (td_string!(locale, reports.value), Kind::Integer),
        ],
    )
    .with_rows(vec![
        vec![
            text(td_string!(locale, reports.number)),
            text(report.card.number.clone()),
        ],
        vec![
            text(td_string!(locale, reports.starts_on)),
            day(Some(b.starts_on.as_str())),
        ],
        vec![
            text(td_string!(locale, reports.ends_on)),
            day(Some(b.ends_on.as_str())),
        ],
        vec![
            text(td_string!(locale, reports.frozen_on)),
            date_of(Some(report.card.frozen_at)),
        ],
        figure(td_string!(locale, reports.col_actions), t.actions),
        figure(td_string!(locale, actions.state_closed), t.closed),
        figure(td_string!(locale, reports.centres), t.centres),
        figure(td_string!(locale, reports.neighbourhoods), t.neighbourhoods),
        figure(td_string!(locale, reports.col_reached), t.reached),
        figure(td_string!(locale, reports.col_targets_met), t.targets_met),
        figure(
            td_string!(locale, reports.targets_recorded),
            t.targets_recorded,
        ),
        figure(td_string!(locale, reports.volunteers), t.volunteers),
        figure(
            td_string!(locale, reports.volunteer_hours),
            t.volunteer_minutes / 60,
        ),
    ]);
    let counts = [
        (td_string!(locale, reports.col_actions), Kind::Integer),
        (td_string!(locale, actions.state_closed), Kind::Integer),
        (td_string!(locale, reports.col_reached), Kind::Integer),
    ];
    let kinds = Table::new(
        "kinds",
        &[
            [(td_string!(locale, actions.kind), Kind::Text)].as_slice(),
            &counts,
        ]
        .concat(),
    )
    .with_rows(
        b.by_kind
            .iter()
            .map(|k| {
                let name =
                    ActionKind::parse(&k.kind).map_or(k.kind.as_str(), |k| kind_in(locale, k));
                vec![
                    text(name),
                    number(Some(k.actions)),
                    number(Some(k.closed)),
                    number(Some(k.reached)),
                ]
            })
            .collect(),
    );
    let places = Table::new(
        "neighbourhoods",
        &[
            [(td_string!(locale, actions.neighbourhood), Kind::Text)].as_slice(),
            &counts,
            &[
                (td_string!(locale, reports.col_targets_met), Kind::Integer),
                (td_string!(locale, reports.targets_recorded), Kind::Integer),
            ],
        ]
        .concat(),
    )
    .with_rows(
        b.by_neighbourhood
            .iter()
            .map(|p| {
                vec![
                    text(p.neighbourhood.name.clone()),
                    number(Some(p.actions)),
                    number(Some(p.closed)),
                    number(Some(p.reached)),
                    number(Some(p.targets_met)),
                    number(Some(p.targets_recorded)),
                ]
            })
            .collect(),
    );
    let ranking = Table::new(
        "ranking",
        &[
            (td_string!(locale, scores.rank), Kind::Integer),
            (td_string!(locale, scores.centre), Kind::Text),
            (td_string!(locale, actions.neighbourhood), Kind::Text),
            (td_string!(locale, scores.score), Kind::Text),
            (td_string!(locale, scores.recognised), Kind::Text),
        ],
    )
    .with_rows(
        b.ranking
            .iter()
            .map(|r| {
                vec![
                    number(Some(r.rank)),
                    text(r.centre.name.clone()),
                    text(r.neighbourhood.clone()),
                    text(tenths(r.tenths)),
                    r.recognised.clone().map_or(Value::Empty, text),
                ]
            })
            .collect(),
    );
    let honoured = Table::new(
        "honoured",
        &[
            (td_string!(locale, reports.volunteer), Kind::Text),
            (td_string!(locale, reports.occasion), Kind::Text),
            (td_string!(locale, reports.honoured_on), Kind::Date),
        ],
    )
    .with_rows(
        b.honoured
            .iter()
            .map(|h| {
                vec![
                    text(h.initials.clone()),
                    text(h.occasion.clone()),
                    day(Some(h.honoured_on.as_str())),
                ]
            })
            .collect(),
    );
    let accounts = Table::new(
        "accounts",
        &[
            (td_string!(locale, actions.title_label), Kind::Text),
            (td_string!(locale, actions.held_by), Kind::Text),
            (td_string!(locale, actions.neighbourhood), Kind::Text),
            (td_string!(locale, actions.held_on), Kind::Date),
            (td_string!(locale, actions.attendance), Kind::Integer),
            (td_string!(locale, actions.account), Kind::Text),
        ],
    )
    .with_rows(
        b.accounts
            .iter()
            .map(|a| {
                vec![
                    text(a.action.name.clone()),
                    text(a.held_by.clone()),
                    text(a.neighbourhood.clone()),
                    day(Some(a.held_on.as_str())),
                    number(Some(a.attendance)),
                    text(a.account.clone()),
                ]
            })
            .collect(),
    );
    let pairings = Table::new(
        "pairings",
        &[
            (td_string!(locale, pairings.mentor), Kind::Text),
            (td_string!(locale, pairings.mentee), Kind::Text),
            (td_string!(locale, pairings.offered), Kind::Text),
            (td_string!(locale, reports.pairing_state), Kind::Text),
            (td_string!(locale, pairings.since), Kind::Date),
            (td_string!(locale, pairings.ended_on), Kind::Date),
        ],
    )
    .with_rows(
        b.pairings
            .iter()
            .map(|p| {
                vec![
                    text(p.mentor.name.clone()),
                    text(p.mentee.name.clone()),
                    text(p.offered.clone()),
                    text(state_in(locale, &p.state)),
                    day(Some(p.starts_on.as_str())),
                    day(p.ended_on.as_deref()),
                ]
            })
            .collect(),
    );
    vec![
        summary, kinds, places, ranking, pairings, honoured, accounts,
    ]
}

/// The files' name: `report-1405-3.xlsx`.
pub fn file_name(report: &FrozenReport, extension: &str) -> String {
    format!("report-{}.{extension}", report.card.number)
}

#[cfg(test)]
mod tests {
    use super::tenths;

    #[test]
    fn scores_read_as_decimals() {
        assert_eq!(tenths(875), "87.5");
        assert_eq!(tenths(1000), "100.0");
        assert_eq!(tenths(0), "0.0");
    }
}
