//! Reports of a campaign or a Jalali period as their pages show them. `ReportBody` is also what
//! a frozen report stores and what its JSON export carries, so its fields are named for
//! readers outside Tavana and only ever added to (see `EXPORT_FORMAT`).
use super::directory::Named;
use crate::domain::report_rules::ScopeKind;
use serde::{Deserialize, Serialize};

/// Everything a report says, as it stood when it was made.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ReportBody {
    pub scope: Option<ScopeKind>,
    /// The campaign reported on (campaign reports only).
    pub campaign: Option<Named>,
    /// The Jalali year and, for a season (1–4) or a month (1–12), which one.
    pub year: Option<i32>,
    pub part: Option<u32>,
    /// The Gregorian days covered, ISO.
    pub starts_on: String,
    pub ends_on: String,
    pub totals: ReportTotals,
    pub by_kind: Vec<KindLine>,
    pub by_neighbourhood: Vec<PlaceLine>,
    /// Campaign reports: every centre taking part, by rank.
    pub ranking: Vec<RankLine>,
    /// Volunteers honoured in the period, their names shortened to initials.
    pub honoured: Vec<HonourLine>,
    /// Accounts of closed actions officials selected for the reports.
    pub accounts: Vec<AccountLine>,
    /// Pairings of larger charities with smaller ones that ran during the days.
    #[serde(default)]
    pub pairings: Vec<PairingLine>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ReportTotals {
    pub actions: i64,
    pub closed: i64,
    pub centres: i64,
    pub neighbourhoods: i64,
    /// Attendance of the closed actions.
    pub reached: i64,
    pub targets_met: i64,
    pub targets_recorded: i64,
    /// Volunteers with approved hours in the period, and those hours in minutes.
    pub volunteers: i64,
    pub volunteer_minutes: i64,
}

/// Actions of one kind (`gathering`, `class`, `counselling`, `screening`, `other`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct KindLine {
    pub kind: String,
    pub actions: i64,
    pub closed: i64,
    pub reached: i64,
}

/// Actions in one neighbourhood.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PlaceLine {
    pub neighbourhood: Named,
    pub actions: i64,
    pub closed: i64,
    pub reached: i64,
    pub targets_met: i64,
    pub targets_recorded: i64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RankLine {
    pub rank: i64,
    pub centre: Named,
    pub neighbourhood: String,
    /// The score in tenths of a point (out of 100).
    pub tenths: i64,
    /// The officials' citation when the centre was recognised.
    pub recognised: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HonourLine {
    pub initials: String,
    pub occasion: String,
    /// ISO day.
    pub honoured_on: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AccountLine {
    pub action: Named,
    /// The centre, or the organisation when no centre held it.
    pub held_by: String,
    pub neighbourhood: String,
    /// ISO day.
    pub held_on: String,
    pub attendance: i64,
    pub account: String,
    /// Its photos' ids (`/action-photos/{id}`) when it was frozen.
    #[serde(default)]
    pub photos: Vec<i64>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PairingLine {
    pub mentor: Named,
    pub mentee: Named,
    pub offered: String,
    /// `active`, `completed` or `ended`.
    pub state: String,
    /// ISO days.
    pub starts_on: String,
    pub ended_on: Option<String>,
}

/// A frozen report in a list.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReportCard {
    pub id: i64,
    /// As people cite it, e.g. `1405-3`.
    pub number: String,
    pub scope: ScopeKind,
    pub campaign: Option<Named>,
    pub year: Option<i32>,
    pub part: Option<u32>,
    pub starts_on: String,
    pub ends_on: String,
    /// Unix ms.
    pub frozen_at: i64,
}

/// A frozen report's page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FrozenReport {
    pub card: ReportCard,
    pub frozen_by: String,
    pub body: ReportBody,
}

/// `/reports`: the frozen reports, a page at a time, and what an official may report on.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReportsPage {
    pub reports: Vec<ReportCard>,
    pub page: u32,
    pub total: i64,
    /// Officials prepare reports: the campaigns they may choose (empty for everyone else).
    pub campaigns: Vec<Named>,
    pub may_freeze: bool,
    /// The current Jalali year, the period form's default.
    pub this_year: i32,
}

/// What an official may prepare a report of: the campaigns, and the current Jalali year as the
/// period form's default.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReportChoices {
    pub campaigns: Vec<Named>,
    pub this_year: i32,
}
