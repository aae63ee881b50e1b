//! Centres that take volunteers: their kinds, who may manage one, what a request must say,
//! and the life of a placement (the intermediary proposes, the centre answers in time or the
//! proposal comes back).
use super::codes::codes;
use super::directory_rules::{count, period_end};
use super::validation::FieldIssue;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

codes!(
    CentreKind {
        NeighbourhoodCentre => "neighbourhood_centre",
        Nursery => "nursery",
        CareHome => "care_home",
        Clinic => "clinic",
        Other => "other",
    }
);

codes!(
    /// Proposed by the intermediary; accepted or declined (with a reason) by the centre;
    /// returned when the centre did not answer in time; ended when the service stops.
    PlacementState {
        Proposed => "proposed",
        Accepted => "accepted",
        Declined => "declined",
        Returned => "returned",
        Ended => "ended",
    }
);

/// Days a centre has to answer a proposal before it returns to the intermediary's work.
pub const DEFAULT_ANSWER_DAYS: i64 = 7;
/// The most volunteers one request asks for.
pub const MAX_PLACES: i64 = 100;

/// How the caller stands to a centre.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CentreStanding {
    /// Its manager account.
    pub manager: bool,
    /// A representative of the organisation that runs it.
    pub runner: bool,
    /// An official.
    pub staff: bool,
}

impl CentreStanding {
    /// Publishes and closes requests, answers proposals, sees its placed volunteers.
    pub fn manages(self) -> bool {
        self.manager || self.runner || self.staff
    }

    /// Sees the names and mobile numbers of the volunteers it deals with: the centre itself
    /// (its manager, the organisation running it). Officials manage any centre but see
    /// identities masked there, as everywhere.
    pub fn sees_identities(self) -> bool {
        self.manager || self.runner
    }

    /// Decides about people: accepts or declines a volunteer proposed to it, approves or
    /// refuses their days, records attendance. Only the centre itself, who knows whom it
    /// decides about; an official, who sees them masked, oversees and does not decide.
    pub fn decides(self) -> bool {
        self.sees_identities()
    }
}

/// How the caller stands to an opportunity: one the centre publishes is the centre's; one an
/// organisation publishes (an NGO, a project's agency) is run by that organisation's
/// representatives, not by the centre where it takes place. Officials keep their oversight.
pub fn opportunity_standing(
    at_centre: CentreStanding,
    publisher: Option<i64>,
    represents: &[i64],
) -> CentreStanding {
    match publisher {
        None => at_centre,
        Some(org) => CentreStanding {
            manager: false,
            runner: represents.contains(&org),
            staff: at_centre.staff,
        },
    }
}

/// How many places a request asks for: a whole number from 1 to `MAX_PLACES`.
pub fn places(input: &str) -> Result<i64, FieldIssue> {
    let n = count(input)?;
    if (1..=MAX_PLACES).contains(&n) {
        Ok(n)
    } else {
        Err(FieldIssue::OutOfRange)
    }
}

/// A request's period: it may not end before it starts, nor end in the past.
pub fn request_period(
    starts: NaiveDate,
    ends: Option<NaiveDate>,
    today: NaiveDate,
) -> Result<(), FieldIssue> {
    period_end(starts, ends)?;
    match ends {
        Some(end) if end < today => Err(FieldIssue::OutOfRange),
        _ => Ok(()),
    }
}

/// The centre's answer to a proposal: accept, or decline with a reason.
pub fn answer(
    state: PlacementState,
    accept: bool,
    who: CentreStanding,
) -> Result<PlacementState, FieldIssue> {
    if !who.decides() {
        return Err(FieldIssue::NotAllowedNow);
    }
    match (state, accept) {
        (PlacementState::Proposed, true) => Ok(PlacementState::Accepted),
        (PlacementState::Proposed, false) => Ok(PlacementState::Declined),
        _ => Err(FieldIssue::NoSuchMove),
    }
}

/// When the centre's answer is due: `days` after the proposal (milliseconds).
pub fn answer_by(proposed_at_ms: i64, days: i64) -> i64 {
    proposed_at_ms + days.max(1) * 86_400_000
}

#[cfg(test)]
mod tests {
    use super::*;

    const MANAGER: CentreStanding = CentreStanding {
        manager: true,
        runner: false,
        staff: false,
    };

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn a_published_opportunity_is_its_publishers_not_the_centres() {
        let official = CentreStanding {
            staff: true,
            ..CentreStanding::default()
        };
        assert_eq!(opportunity_standing(MANAGER, None, &[]), MANAGER);
        let theirs = opportunity_standing(MANAGER, Some(7), &[3]);
        assert!(!theirs.manages() && !theirs.sees_identities());
        let ours = opportunity_standing(CentreStanding::default(), Some(7), &[3, 7]);
        assert!(ours.manages() && ours.sees_identities());
        let overseen = opportunity_standing(official, Some(7), &[]);
        assert!(overseen.manages() && !overseen.sees_identities());
    }

    #[test]
    fn places_are_one_to_a_hundred_in_any_digits() {
        assert_eq!(places("3"), Ok(3));
        assert_eq!(places("\u{6f1}\u{6f2}"), Ok(12));
        assert_eq!(places("0"), Err(FieldIssue::OutOfRange));
        assert_eq!(places("101"), Err(FieldIssue::OutOfRange));
        assert!(places("many").is_err());
    }

    #[test]
    fn a_request_may_not_end_before_it_starts_or_in_the_past() {
        let today = day("2026-11-30");
        assert_eq!(request_period(day("2026-12-01"), None, today), Ok(()));
        assert_eq!(
            request_period(day("2026-12-01"), Some(day("2027-01-01")), today),
            Ok(())
        );
        assert!(request_period(day("2026-12-01"), Some(day("2026-11-01")), today).is_err());
        assert_eq!(
            request_period(day("2026-01-01"), Some(day("2026-11-29")), today),
            Err(FieldIssue::OutOfRange)
        );
    }

    #[test]
    fn only_those_who_manage_the_centre_answer_and_only_once() {
        use PlacementState as P;
        assert_eq!(answer(P::Proposed, true, MANAGER), Ok(P::Accepted));
        assert_eq!(answer(P::Proposed, false, MANAGER), Ok(P::Declined));
        assert_eq!(
            answer(P::Accepted, false, MANAGER),
            Err(FieldIssue::NoSuchMove)
        );
        assert_eq!(
            answer(P::Returned, true, MANAGER),
            Err(FieldIssue::NoSuchMove)
        );
        assert_eq!(
            answer(P::Proposed, true, CentreStanding::default()),
            Err(FieldIssue::NotAllowedNow)
        );
        let official = CentreStanding {
            staff: true,
            ..Default::default()
        };
        assert_eq!(
            answer(P::Proposed, true, official),
            Err(FieldIssue::NotAllowedNow)
        );
    }

    #[test]
    fn officials_manage_any_centre_but_only_the_centre_sees_identities() {
        let official = CentreStanding {
            staff: true,
            ..Default::default()
        };
        let runner = CentreStanding {
            runner: true,
            ..Default::default()
        };
        assert!(official.manages() && !official.sees_identities() && !official.decides());
        assert!(MANAGER.decides() && runner.decides());
        assert!(MANAGER.sees_identities() && runner.sees_identities());
        assert!(!CentreStanding::default().sees_identities());
    }

    #[test]
    fn the_answer_is_due_whole_days_later() {
        assert_eq!(answer_by(0, 7), 7 * 86_400_000);
        assert_eq!(answer_by(5, 0), 5 + 86_400_000);
    }
}
