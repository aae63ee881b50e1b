//! Local actions and campaigns: what an action is, the goals it must set before it is
//! published, what closing it requires, and how planned compares with achieved.
use super::codes::codes;
use super::directory_rules::{
    count, optional_count, optional_text, parse_iso, required_text, LONG_TEXT_MAX, SHORT_TEXT_MAX,
};
use super::money::rials;
use super::validation::FieldIssue;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

codes!(
    ActionKind {
        Gathering => "gathering",
        Class => "class",
        Counselling => "counselling",
        Screening => "screening",
        Other => "other",
    }
);

codes!(
    /// Published with its goals; closed with what was achieved.
    ActionState { Published => "published", Closed => "closed" }
);

codes!(
    /// What a target counts. Funds are in Rials.
    Measure {
        Participants => "participants",
        Households => "households",
        Referrals => "referrals",
        Funds => "funds",
        Volunteers => "volunteers",
        Other => "other",
    }
);

codes!(
    /// Who a guest is: the kinds of organisations and people invited to visit centres.
    GuestKind {
        Agency => "agency",
        Charity => "charity",
        University => "university",
        Company => "company",
        Official => "official",
        Other => "other",
    }
);

/// Actions a campaign's page lists at a time.
pub const ACTIONS_PAGE: i64 = 20;
/// Photos an action may carry as evidence.
pub const PHOTOS_MAX: i64 = 6;
/// How many goal rows the form offers.
pub const GOAL_ROWS: usize = 5;
/// The shortest account of a closed action worth reading.
pub const ACCOUNT_MIN: u32 = 20;

/// One measurable goal: what is counted, an optional label, the number aimed at.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Goal {
    pub measure: Measure,
    pub label: String,
    pub target: i64,
}

/// A number of the measure's unit, in any digits (funds with thousands separators).
fn amount(measure: Measure, input: &str) -> Result<i64, FieldIssue> {
    let n = match measure {
        Measure::Funds => rials(input)?,
        _ => count(input)?,
    };
    if n > 0 {
        Ok(n)
    } else {
        Err(FieldIssue::OutOfRange)
    }
}

/// The goals typed in the form's rows (measure, target, label); rows without a target are
/// skipped. An action is published only with at least one goal, and "other" needs its label.
pub fn goals(
    measures: &[String],
    targets: &[String],
    labels: &[String],
) -> Result<Vec<Goal>, FieldIssue> {
    let mut goals = Vec::new();
    for (row, target) in targets.iter().enumerate().take(GOAL_ROWS) {
        if target.trim().is_empty() {
            continue;
        }
        let measure = measures
            .get(row)
            .and_then(|m| Measure::parse(m.trim()))
            .ok_or(FieldIssue::InvalidChoice)?;
        let label = optional_text(labels.get(row).map_or("", String::as_str), SHORT_TEXT_MAX)?;
        if measure == Measure::Other && label.is_empty() {
            return Err(FieldIssue::GoalUnnamed);
        }
        goals.push(Goal {
            measure,
            label,
            target: amount(measure, target)?,
        });
    }
    if goals.is_empty() {
        Err(FieldIssue::Required)
    } else {
        Ok(goals)
    }
}

/// What was achieved for one target when the action closes: required, zero allowed.
pub fn achieved(measure: Measure, input: &str) -> Result<i64, FieldIssue> {
    match (measure, input.trim()) {
        (_, "") => Err(FieldIssue::Required),
        (Measure::Funds, t) if super::digits::fold_digits(t).trim_matches('0').is_empty() => Ok(0),
        (Measure::Funds, t) => rials(t),
        (_, t) => count(t),
    }
}

/// How many came, when the action closes.
pub fn attendance(input: &str) -> Result<i64, FieldIssue> {
    optional_count(input)?.ok_or(FieldIssue::Required)
}

/// The account of a closed action: lines kept, long enough to say what happened.
pub fn account(input: &str) -> Result<String, FieldIssue> {
    let text = required_text(input, LONG_TEXT_MAX)?;
    if (text.chars().filter(|c| !c.is_whitespace()).count() as u32) < ACCOUNT_MIN {
        Err(FieldIssue::TooShort(ACCOUNT_MIN))
    } else {
        Ok(text)
    }
}

/// An action is closed only after its day: closing ahead of time reports what has not happened.
pub fn may_close(state: ActionState, held_on: &str, today: NaiveDate) -> Result<(), FieldIssue> {
    match (state, parse_iso(held_on)) {
        (ActionState::Closed, _) => Err(FieldIssue::NotAllowedNow),
        (_, Some(day)) if day > today => Err(FieldIssue::NotAllowedNow),
        _ => Ok(()),
    }
}

/// Past its day and not closed: waiting for the centre's report.
pub fn overdue(state: ActionState, held_on: &str, today: NaiveDate) -> bool {
    state == ActionState::Published && parse_iso(held_on).is_some_and(|day| day < today)
}

/// How far one target was reached, in whole percent (0 when nothing was recorded).
pub fn percent(target: i64, achieved: Option<i64>) -> i64 {
    match achieved {
        Some(a) if target > 0 => (a.saturating_mul(100)) / target,
        _ => 0,
    }
}

/// Of the targets of closed actions, how many were met (achieved at least the target).
pub fn targets_met(targets: &[(i64, Option<i64>)]) -> (usize, usize) {
    let recorded: Vec<_> = targets.iter().filter(|(_, a)| a.is_some()).collect();
    let met = recorded
        .iter()
        .filter(|(t, a)| a.is_some_and(|a| a >= *t))
        .count();
    (met, recorded.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(values: &[&str]) -> Vec<String> {
        values.iter().map(|v| v.to_string()).collect()
    }

    #[test]
    fn no_action_is_published_without_a_goal() {
        let none = goals(
            &s(&["participants", "households"]),
            &s(&["", " "]),
            &s(&["", ""]),
        );
        assert_eq!(none, Err(FieldIssue::Required));
        assert_eq!(goals(&[], &[], &[]), Err(FieldIssue::Required));
    }

    #[test]
    fn goals_take_any_digits_and_skip_empty_rows() {
        let got = goals(
            &s(&["participants", "households", "funds"]),
            &s(&["\u{6f1}\u{6f2}\u{6f0}", "", "5,000,000"]),
            &s(&["", "", " for the iftar "]),
        )
        .unwrap();
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].target, 120);
        assert_eq!(got[1].measure, Measure::Funds);
        assert_eq!(got[1].target, 5_000_000);
        assert_eq!(got[1].label, "for the iftar");
    }

    #[test]
    fn a_goal_must_count_something_real() {
        let zero = goals(&s(&["participants"]), &s(&["0"]), &s(&[""]));
        assert_eq!(zero, Err(FieldIssue::OutOfRange));
        let words = goals(&s(&["participants"]), &s(&["many"]), &s(&[""]));
        assert_eq!(words, Err(FieldIssue::NotANumber));
        let unknown = goals(&s(&["happiness"]), &s(&["3"]), &s(&[""]));
        assert_eq!(unknown, Err(FieldIssue::InvalidChoice));
        let unnamed = goals(&s(&["other"]), &s(&["3"]), &s(&[""]));
        assert_eq!(unnamed, Err(FieldIssue::GoalUnnamed));
    }

    #[test]
    fn achieved_allows_zero_but_not_nothing() {
        assert_eq!(achieved(Measure::Participants, "0"), Ok(0));
        assert_eq!(achieved(Measure::Funds, "\u{6f0}"), Ok(0));
        assert_eq!(achieved(Measure::Funds, "1,200,000"), Ok(1_200_000));
        assert_eq!(achieved(Measure::Households, ""), Err(FieldIssue::Required));
        assert_eq!(
            achieved(Measure::Households, "-3"),
            Err(FieldIssue::OutOfRange)
        );
        assert_eq!(attendance(""), Err(FieldIssue::Required));
        assert_eq!(attendance("\u{6f4}\u{6f0}"), Ok(40));
        assert_eq!(account("  short "), Err(FieldIssue::TooShort(ACCOUNT_MIN)));
        let told = "Forty neighbours came;\nthe clinic screened thirty.";
        assert_eq!(account(told).as_deref(), Ok(told));
    }

    #[test]
    fn an_action_closes_once_and_not_before_its_day() {
        let today = NaiveDate::from_ymd_opt(2026, 3, 10).unwrap();
        assert_eq!(
            may_close(ActionState::Published, "2026-03-10", today),
            Ok(())
        );
        assert_eq!(
            may_close(ActionState::Published, "2026-03-11", today),
            Err(FieldIssue::NotAllowedNow)
        );
        assert_eq!(
            may_close(ActionState::Closed, "2026-03-01", today),
            Err(FieldIssue::NotAllowedNow)
        );
        assert!(overdue(ActionState::Published, "2026-03-09", today));
        assert!(!overdue(ActionState::Published, "2026-03-10", today));
        assert!(!overdue(ActionState::Closed, "2026-03-01", today));
    }

    #[test]
    fn planned_against_achieved() {
        assert_eq!(percent(120, Some(90)), 75);
        assert_eq!(percent(120, None), 0);
        assert_eq!(percent(10, Some(25)), 250);
        assert_eq!(
            targets_met(&[(10, Some(10)), (10, Some(9)), (5, None)]),
            (1, 2)
        );
        assert_eq!(targets_met(&[]), (0, 0));
    }
}
