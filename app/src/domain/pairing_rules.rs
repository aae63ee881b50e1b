//! Pairings of a large charity (the mentor) with a smaller one (the mentee) the secretariat
//! introduces: what is checked on the form, and how a pairing ends.
use super::codes::codes;
use super::digits::parse_number;
use super::directory_rules::{day, required_text, LONG_TEXT_MAX};
use super::validation::{FieldIssue, FormErrors};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Pairings on a page of the list.
pub const PAIRINGS_PAGE: i64 = 20;

codes!(
    /// Active until it is completed (its goals reached) or ended early.
    PairingState { Active => "active", Completed => "completed", Ended => "ended" }
);

/// A pairing as checked from its form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pairing {
    pub mentor: i64,
    pub mentee: i64,
    pub offered: String,
    pub goals: String,
    pub starts_on: NaiveDate,
}

fn organisation(input: &str) -> Result<i64, FieldIssue> {
    if input.trim().is_empty() {
        return Err(FieldIssue::Required);
    }
    parse_number(input)
        .filter(|id| *id > 0)
        .ok_or(FieldIssue::InvalidChoice)
}

/// Checks every field, each issue beside its own; the mentee differs from the mentor.
pub fn pairing(
    mentor: &str,
    mentee: &str,
    offered: &str,
    goals: &str,
    starts_on: &str,
) -> Result<Pairing, FormErrors> {
    let mut errors = FormErrors::default();
    let mentor = errors.check("mentor", organisation(mentor));
    let mentee = errors.check("mentee", organisation(mentee));
    if let (Some(a), Some(b)) = (mentor, mentee) {
        if a == b {
            errors.push("mentee", FieldIssue::MentorsItself);
        }
    }
    let offered = errors.check("offered", required_text(offered, LONG_TEXT_MAX));
    let goals = errors.check("goals", required_text(goals, LONG_TEXT_MAX));
    let starts_on = errors.check("starts_on", day(starts_on));
    match (mentor, mentee, offered, goals, starts_on) {
        (Some(mentor), Some(mentee), Some(offered), Some(goals), Some(starts_on))
            if errors.is_empty() =>
        {
            Ok(Pairing {
                mentor,
                mentee,
                offered,
                goals,
                starts_on,
            })
        }
        _ => Err(errors),
    }
}

/// Only an active pairing ends, as completed or ended early.
pub fn may_end(from: PairingState, to: PairingState) -> Result<(), FieldIssue> {
    match (from, to) {
        (PairingState::Active, PairingState::Completed | PairingState::Ended) => Ok(()),
        (PairingState::Active, PairingState::Active) => Err(FieldIssue::InvalidChoice),
        _ => Err(FieldIssue::NotAllowedNow),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pairing_needs_two_organisations_an_offer_goals_and_a_day() {
        let ok = pairing("3", "\u{06F7}", "Training", "Two projects", "1405/09/10").unwrap();
        assert_eq!((ok.mentor, ok.mentee), (3, 7));
        assert_eq!(ok.starts_on, NaiveDate::from_ymd_opt(2026, 12, 1).unwrap());
        let errors = pairing("", "x", " ", "", "1405/13/01").unwrap_err();
        assert_eq!(errors.get("mentor"), Some(FieldIssue::Required));
        assert_eq!(errors.get("mentee"), Some(FieldIssue::InvalidChoice));
        assert_eq!(errors.get("offered"), Some(FieldIssue::Required));
        assert_eq!(errors.get("goals"), Some(FieldIssue::Required));
        assert_eq!(errors.get("starts_on"), Some(FieldIssue::InvalidDate));
        let itself = pairing("3", "3", "a", "b", "1405/09/10").unwrap_err();
        assert_eq!(itself.get("mentee"), Some(FieldIssue::MentorsItself));
        let long = "x".repeat(LONG_TEXT_MAX as usize + 1);
        let too_long = pairing("3", "4", &long, "b", "1405/09/10").unwrap_err();
        assert_eq!(
            too_long.get("offered"),
            Some(FieldIssue::TooLong(LONG_TEXT_MAX))
        );
    }

    #[test]
    fn only_an_active_pairing_ends() {
        use PairingState::*;
        assert_eq!(may_end(Active, Completed), Ok(()));
        assert_eq!(may_end(Active, Ended), Ok(()));
        assert_eq!(may_end(Active, Active), Err(FieldIssue::InvalidChoice));
        assert_eq!(may_end(Completed, Ended), Err(FieldIssue::NotAllowedNow));
        assert_eq!(may_end(Ended, Completed), Err(FieldIssue::NotAllowedNow));
    }
}
