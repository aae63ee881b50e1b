//! Indicators, scores and the evidence behind them, as the campaign's pages show them.
use super::actions::ActionCard;
use super::directory::Named;
use crate::domain::scoring::Source;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct IndicatorView {
    pub id: i64,
    pub name: String,
    pub source: Source,
    pub weight: i64,
    pub scale: i64,
}

/// One indicator's part in a centre's score: its raw value and the points it adds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PartView {
    pub indicator_id: i64,
    /// (value, out of): out of is 1 for counts.
    pub raw: (i64, i64),
    /// Points out of 100, in tenths.
    pub tenths: i64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CentreScoreView {
    pub centre: Named,
    pub neighbourhood: String,
    /// Out of 100, in tenths.
    pub tenths: i64,
    pub rank: i64,
    pub parts: Vec<PartView>,
    /// The citation, when officials recognised the centre.
    pub recognised: Option<String>,
    /// The score as last recorded, when it differs from today's (a late correction).
    pub recorded_tenths: Option<i64>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AssessmentView {
    pub id: i64,
    pub indicator: Named,
    pub scale: i64,
    pub centre: Named,
    pub statement: String,
    pub evidence: String,
    /// Unix ms.
    pub submitted_at: i64,
    pub score: Option<i64>,
    pub review_note: String,
}

/// `/campaigns/{id}/scores`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ScoresPage {
    pub campaign: Named,
    pub indicators: Vec<IndicatorView>,
    pub ranking: Vec<CentreScoreView>,
    /// Unix ms of the last time officials recorded the scores.
    pub recorded_at: Option<i64>,
    /// Officials: keep the indicators, review assessments, record scores, recognise.
    pub may_manage: bool,
    /// For officials: assessments waiting for a score.
    pub waiting: Vec<AssessmentView>,
}

/// One recording of a centre's score.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HistoryLine {
    pub recorded_at: i64,
    pub tenths: i64,
    pub place: i64,
    pub note: String,
}

/// `/campaigns/{id}/centres/{centre}`: the evidence behind a centre's score.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CentreRecord {
    pub campaign: Named,
    pub centre: Named,
    pub indicators: Vec<IndicatorView>,
    pub score: Option<CentreScoreView>,
    pub taking_part: i64,
    pub actions: Vec<ActionCard>,
    pub assessments: Vec<AssessmentView>,
    pub history: Vec<HistoryLine>,
    /// The centre's manager (or runner, or an official) may write self-assessments.
    pub may_assess: bool,
}
