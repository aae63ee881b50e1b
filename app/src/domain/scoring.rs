//! Scoring centres in a campaign by its indicators: each indicator turns a centre's record into
//! a share between 0 and 1 (counts against the best centre, rates as they are, assessments
//! against their scale), the weighted shares add up to a score out of 100, and centres are
//! ranked by it. Pure and deterministic: the same record always gives the same scores.
use super::codes::codes;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

codes!(
    /// Where an indicator's value comes from: computed from the records, or assessed by an
    /// official from the centre's self-assessment and evidence.
    Source {
        ActionsHeld => "actions_held",
        TargetsMet => "targets_met",
        PeopleReached => "people_reached",
        ActiveVolunteers => "active_volunteers",
        VolunteerHours => "volunteer_hours",
        ReportsOnTime => "reports_on_time",
        Assessed => "assessed",
    }
);

/// Days after its day within which an action's closing counts as on time.
pub const ON_TIME_DAYS: i64 = 7;
/// The largest weight and assessment scale an indicator takes.
pub const WEIGHT_MAX: i64 = 100;
pub const SCALE_MAX: i64 = 100;

impl Source {
    /// Counts are compared with the best centre; rates and assessments stand on their own.
    pub fn is_count(self) -> bool {
        matches!(
            self,
            Source::ActionsHeld
                | Source::PeopleReached
                | Source::ActiveVolunteers
                | Source::VolunteerHours
        )
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Indicator {
    pub id: i64,
    pub source: Source,
    pub weight: i64,
    /// The top of an assessed indicator's scale (ignored for computed ones).
    pub scale: i64,
}

/// One centre's record in the campaign, as the data layer sums it up.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Record {
    pub centre_id: i64,
    /// Closed actions.
    pub actions_held: i64,
    pub targets_met: i64,
    pub targets_recorded: i64,
    pub people_reached: i64,
    pub active_volunteers: i64,
    pub volunteer_minutes: i64,
    /// Closed actions closed within `ON_TIME_DAYS` of their day.
    pub closed_on_time: i64,
    /// Reviewed assessments: indicator id → the official's score on its scale.
    pub assessed: BTreeMap<i64, i64>,
}

impl Record {
    /// The raw value of one indicator for this centre (hours for volunteer time; a rate's
    /// numerator and denominator are kept apart so none is lost to rounding).
    pub fn raw(&self, indicator: &Indicator) -> (i64, i64) {
        match indicator.source {
            Source::ActionsHeld => (self.actions_held, 1),
            Source::TargetsMet => (self.targets_met, self.targets_recorded),
            Source::PeopleReached => (self.people_reached, 1),
            Source::ActiveVolunteers => (self.active_volunteers, 1),
            Source::VolunteerHours => (self.volunteer_minutes / 60, 1),
            Source::ReportsOnTime => (self.closed_on_time, self.actions_held),
            Source::Assessed => (
                self.assessed.get(&indicator.id).copied().unwrap_or(0),
                indicator.scale.max(1),
            ),
        }
    }
}

/// One indicator's part in a centre's score.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Part {
    pub indicator_id: i64,
    /// The raw value (numerator, denominator; 1 for counts).
    pub raw: (i64, i64),
    /// Between 0 and 1.
    pub share: f64,
    /// What it adds to the score out of 100.
    pub points: f64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Score {
    pub centre_id: i64,
    /// Out of 100, in tenths (so stored and compared exactly).
    pub tenths: i64,
    /// 1 for the best; centres with the same score share a rank ("1, 1, 3").
    pub rank: i64,
    pub parts: Vec<Part>,
}

fn share(raw: (i64, i64), best: i64, is_count: bool) -> f64 {
    let (value, of) = raw;
    let of = if is_count { best } else { of };
    if of <= 0 || value <= 0 {
        0.0
    } else {
        (value as f64 / of as f64).min(1.0)
    }
}

/// Every centre's score and rank, best first (ties by centre id, so the order is stable).
pub fn score(indicators: &[Indicator], records: &[Record]) -> Vec<Score> {
    let total_weight: i64 = indicators.iter().map(|i| i.weight.max(0)).sum();
    let best: Vec<i64> = indicators
        .iter()
        .map(|i| records.iter().map(|r| r.raw(i).0).max().unwrap_or(0))
        .collect();
    let mut scores: Vec<Score> = records
        .iter()
        .map(|record| {
            let parts: Vec<Part> = indicators
                .iter()
                .zip(&best)
                .map(|(indicator, best)| {
                    let raw = record.raw(indicator);
                    let share = share(raw, *best, indicator.source.is_count());
                    let points = if total_weight > 0 {
                        100.0 * share * indicator.weight.max(0) as f64 / total_weight as f64
                    } else {
                        0.0
                    };
                    Part {
                        indicator_id: indicator.id,
                        raw,
                        share,
                        points,
                    }
                })
                .collect();
            let total: f64 = parts.iter().map(|p| p.points).sum();
            Score {
                centre_id: record.centre_id,
                tenths: (total * 10.0).round() as i64,
                rank: 0,
                parts,
            }
        })
        .collect();
    scores.sort_by(|a, b| b.tenths.cmp(&a.tenths).then(a.centre_id.cmp(&b.centre_id)));
    let mut previous: Option<(i64, i64)> = None;
    for (place, s) in scores.iter_mut().enumerate() {
        s.rank = match previous {
            Some((tenths, rank)) if tenths == s.tenths => rank,
            _ => place as i64 + 1,
        };
        previous = Some((s.tenths, s.rank));
    }
    scores
}

#[cfg(test)]
mod tests {
    use super::*;

    fn indicator(id: i64, source: Source, weight: i64) -> Indicator {
        Indicator {
            id,
            source,
            weight,
            scale: 10,
        }
    }

    fn record(centre_id: i64, held: i64, met: (i64, i64), reached: i64) -> Record {
        Record {
            centre_id,
            actions_held: held,
            targets_met: met.0,
            targets_recorded: met.1,
            people_reached: reached,
            closed_on_time: held,
            ..Record::default()
        }
    }

    #[test]
    fn counts_against_the_best_rates_as_they_are() {
        let indicators = [
            indicator(1, Source::ActionsHeld, 50),
            indicator(2, Source::TargetsMet, 50),
        ];
        let records = [record(10, 4, (3, 6), 100), record(20, 2, (6, 6), 50)];
        let scores = score(&indicators, &records);
        // Centre 10: 50 × 4/4 + 50 × 3/6 = 75; centre 20: 50 × 2/4 + 50 × 6/6 = 75.
        assert_eq!(scores[0].tenths, 750);
        assert_eq!(scores[1].tenths, 750);
        assert_eq!(
            (scores[0].rank, scores[1].rank),
            (1, 1),
            "a tie shares the rank"
        );
        assert_eq!(scores[0].centre_id, 10, "ties in a stable order");
        assert_eq!(scores[0].parts[1].raw, (3, 6));
    }

    #[test]
    fn ranks_skip_after_a_tie_and_weights_matter() {
        let indicators = [
            indicator(1, Source::PeopleReached, 3),
            indicator(2, Source::ReportsOnTime, 1),
        ];
        let mut late = record(3, 2, (0, 0), 40);
        late.closed_on_time = 1;
        let records = [record(1, 2, (0, 0), 80), record(2, 2, (0, 0), 80), late];
        let scores = score(&indicators, &records);
        assert_eq!(
            scores
                .iter()
                .map(|s| (s.centre_id, s.rank))
                .collect::<Vec<_>>(),
            vec![(1, 1), (2, 1), (3, 3)]
        );
        // 75 × 40/80 + 25 × 1/2 = 50.
        assert_eq!(scores[2].tenths, 500);
    }

    #[test]
    fn an_assessment_counts_against_its_scale_and_missing_ones_count_nothing() {
        let indicators = [indicator(7, Source::Assessed, 1)];
        let mut assessed = record(1, 0, (0, 0), 0);
        assessed.assessed.insert(7, 8);
        let records = [assessed, record(2, 0, (0, 0), 0)];
        let scores = score(&indicators, &records);
        assert_eq!(scores[0].tenths, 800);
        assert_eq!(scores[1].tenths, 0);
    }

    #[test]
    fn nothing_to_score_is_zero_not_a_division_by_zero() {
        assert!(score(&[], &[]).is_empty());
        let scores = score(&[], &[record(1, 1, (1, 1), 1)]);
        assert_eq!(scores[0].tenths, 0);
        let zero = [indicator(1, Source::ActionsHeld, 0)];
        assert_eq!(score(&zero, &[record(1, 3, (0, 0), 0)])[0].tenths, 0);
        let none = [indicator(1, Source::VolunteerHours, 5)];
        assert_eq!(score(&none, &[record(1, 3, (0, 0), 0)])[0].tenths, 0);
    }

    #[test]
    fn recomputing_gives_the_same_result() {
        let indicators = [
            indicator(1, Source::ActionsHeld, 2),
            indicator(2, Source::TargetsMet, 3),
            indicator(3, Source::PeopleReached, 1),
        ];
        let records: Vec<Record> = (0..50)
            .map(|i| record(i, i % 7, (i % 5, 5), (i * 37) % 400))
            .collect();
        let first = score(&indicators, &records);
        let mut shuffled = records.clone();
        shuffled.reverse();
        assert_eq!(first, score(&indicators, &shuffled));
        assert!(first.windows(2).all(|w| w[0].tenths >= w[1].tenths));
        assert!(first.iter().all(|s| (0..=1000).contains(&s.tenths)));
    }
}
