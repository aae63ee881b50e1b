//! The reader's words for campaigns' and local actions' codes.
use crate::domain::action_rules::{ActionKind, ActionState, GuestKind, Measure};
use crate::domain::scoring::Source;
use crate::i18n::*;

pub fn kind_in(locale: Locale, k: ActionKind) -> &'static str {
    match k {
        ActionKind::Gathering => td_string!(locale, actions.kind_gathering),
        ActionKind::Class => td_string!(locale, actions.kind_class),
        ActionKind::Counselling => td_string!(locale, actions.kind_counselling),
        ActionKind::Screening => td_string!(locale, actions.kind_screening),
        ActionKind::Other => td_string!(locale, actions.kind_other),
    }
}

pub fn kind(k: ActionKind) -> String {
    kind_in(use_i18n().get_locale(), k).to_string()
}

pub fn state(s: ActionState) -> String {
    let i18n = use_i18n();
    match s {
        ActionState::Published => t_string!(i18n, actions.state_published),
        ActionState::Closed => t_string!(i18n, actions.state_closed),
    }
    .to_string()
}

pub fn measure(m: Measure) -> String {
    let i18n = use_i18n();
    match m {
        Measure::Participants => t_string!(i18n, actions.measure_participants),
        Measure::Households => t_string!(i18n, actions.measure_households),
        Measure::Referrals => t_string!(i18n, actions.measure_referrals),
        Measure::Funds => t_string!(i18n, actions.measure_funds),
        Measure::Volunteers => t_string!(i18n, actions.measure_volunteers),
        Measure::Other => t_string!(i18n, actions.measure_other),
    }
    .to_string()
}

/// A target's amount in its unit: Rials grouped for funds, a plain count otherwise.
pub fn amount(m: Measure, value: i64) -> String {
    match m {
        Measure::Funds => crate::ui::components::format::rials(value),
        _ => crate::ui::components::format::number(value),
    }
}

pub fn guest_kind(k: GuestKind) -> String {
    let i18n = use_i18n();
    match k {
        GuestKind::Agency => t_string!(i18n, actions.guest_agency),
        GuestKind::Charity => t_string!(i18n, actions.guest_charity),
        GuestKind::University => t_string!(i18n, actions.guest_university),
        GuestKind::Company => t_string!(i18n, actions.guest_company),
        GuestKind::Official => t_string!(i18n, actions.guest_official),
        GuestKind::Other => t_string!(i18n, actions.guest_other),
    }
    .to_string()
}

pub fn source(s: Source) -> String {
    let i18n = use_i18n();
    match s {
        Source::ActionsHeld => t_string!(i18n, scores.source_actions_held),
        Source::TargetsMet => t_string!(i18n, scores.source_targets_met),
        Source::PeopleReached => t_string!(i18n, scores.source_people_reached),
        Source::ActiveVolunteers => t_string!(i18n, scores.source_active_volunteers),
        Source::VolunteerHours => t_string!(i18n, scores.source_volunteer_hours),
        Source::ReportsOnTime => t_string!(i18n, scores.source_reports_on_time),
        Source::Assessed => t_string!(i18n, scores.source_assessed),
    }
    .to_string()
}

/// A score kept in tenths, shown with one decimal in the reader's digits.
pub fn tenths(value: i64) -> String {
    crate::ui::components::format::decimal(value as f64 / 10.0, 1)
}
