//! The reader's words for what a report covers: "Report of Ramadan 1405", "Report of autumn
//! 1405", "Report of Azar 1405".
use crate::domain::report_rules::ScopeKind;
use crate::i18n::*;
use crate::ui::components::format;

pub fn season(s: u32) -> String {
    let i18n = use_i18n();
    match s {
        1 => t_string!(i18n, reports.season_1),
        2 => t_string!(i18n, reports.season_2),
        3 => t_string!(i18n, reports.season_3),
        _ => t_string!(i18n, reports.season_4),
    }
    .to_string()
}

pub fn month(m: u32) -> String {
    let i18n = use_i18n();
    match m {
        1 => t_string!(i18n, reports.month_1),
        2 => t_string!(i18n, reports.month_2),
        3 => t_string!(i18n, reports.month_3),
        4 => t_string!(i18n, reports.month_4),
        5 => t_string!(i18n, reports.month_5),
        6 => t_string!(i18n, reports.month_6),
        7 => t_string!(i18n, reports.month_7),
        8 => t_string!(i18n, reports.month_8),
        9 => t_string!(i18n, reports.month_9),
        10 => t_string!(i18n, reports.month_10),
        11 => t_string!(i18n, reports.month_11),
        _ => t_string!(i18n, reports.month_12),
    }
    .to_string()
}

/// The period or campaign a report covers, as its title says it.
pub fn covers(
    scope: ScopeKind,
    campaign: Option<&str>,
    year: Option<i32>,
    part: Option<u32>,
) -> String {
    let year = year
        .map(|y| format::digits(&y.to_string()))
        .unwrap_or_default();
    match (scope, part) {
        (ScopeKind::Campaign, _) => campaign.unwrap_or_default().to_string(),
        (ScopeKind::Season, Some(s)) => format!("{} {year}", season(s)),
        (ScopeKind::Month, Some(m)) => format!("{} {year}", month(m)),
        _ => {
            let i18n = use_i18n();
            t_string!(i18n, reports.year_of, year = year).to_string()
        }
    }
}

/// The options of the period form's `part`: the whole year, its seasons, its months.
pub fn part_options() -> Vec<(String, String)> {
    let i18n = use_i18n();
    let whole = (
        String::new(),
        t_string!(i18n, reports.whole_year).to_string(),
    );
    let seasons = (1..=4).map(|s| (format!("s{s}"), season(s)));
    let months = (1..=12).map(|m| (format!("m{m}"), month(m)));
    std::iter::once(whole)
        .chain(seasons)
        .chain(months)
        .collect()
}
