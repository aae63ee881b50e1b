//! What a proposal must hold: the rules of its form, shared by the browser and the server.
//! A draft may be saved with only a title, but whatever is filled in must be valid; a proposal
//! is complete (and may be submitted) when every section is filled in.
use super::codes::{codes, Dimension};
use super::directory_rules::{self as rules, choice, optional_count, title};
use super::money::optional_rials;
use super::validation::{FieldIssue, FormErrors};
use serde::{Deserialize, Serialize};

pub const TITLE_MIN: u32 = 5;
pub const TITLE_MAX: u32 = 150;
pub const SUMMARY_MAX: u32 = 2000;
pub const DURATION_MAX_MONTHS: i64 = 60;
pub const BENEFICIARIES_MAX: i64 = 1_000_000;

codes!(
    /// Groups of people a proposal serves.
    BeneficiaryGroup {
        Children => "children",
        WomenHeads => "women_heads",
        Disabled => "disabled",
        DayLabourers => "day_labourers",
        Elderly => "elderly",
        Youth => "youth",
        Migrants => "migrants",
        Other => "other",
    }
);

/// A proposal as typed: numbers in any digits, the budget in Rials with any separators.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProposalText {
    pub title: String,
    pub summary: String,
    pub dimension: String,
    pub objectives: String,
    pub beneficiaries: String,
    pub groups: Vec<String>,
    pub activities: String,
    pub duration_months: String,
    pub budget_rials: String,
    pub neighbourhood_ids: Vec<i64>,
    pub partner_ids: Vec<i64>,
    pub assessment_id: Option<i64>,
}

/// A proposal's checked fields, as stored.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProposalFields {
    pub title: String,
    pub summary: String,
    pub dimension: Option<Dimension>,
    pub objectives: String,
    pub beneficiaries: Option<i64>,
    pub groups: Vec<BeneficiaryGroup>,
    pub activities: String,
    pub duration_months: Option<i64>,
    pub budget_rials: Option<i64>,
    pub neighbourhood_ids: Vec<i64>,
    pub partner_ids: Vec<i64>,
    pub assessment_id: Option<i64>,
}

fn bounded(value: Option<i64>, max: i64) -> Result<Option<i64>, FieldIssue> {
    match value {
        Some(n) if n < 1 || n > max => Err(FieldIssue::OutOfRange),
        other => Ok(other),
    }
}

fn unique(ids: &[i64]) -> Vec<i64> {
    let mut ids = ids.to_vec();
    ids.sort_unstable();
    ids.dedup();
    ids
}

/// Checks the format of every field (a draft needs only its title).
pub fn check_fields(input: &ProposalText) -> Result<ProposalFields, FormErrors> {
    let mut e = FormErrors::default();
    let long = rules::LONG_TEXT_MAX;
    let title = e.check("title", title(&input.title, TITLE_MIN, TITLE_MAX));
    let summary = e.check("summary", rules::optional_text(&input.summary, SUMMARY_MAX));
    let dimension = if input.dimension.trim().is_empty() {
        Some(None)
    } else {
        e.check(
            "dimension",
            choice(&input.dimension, Dimension::parse).map(Some),
        )
    };
    let objectives = e.check("objectives", rules::optional_text(&input.objectives, long));
    let beneficiaries = e.check(
        "beneficiaries",
        optional_count(&input.beneficiaries).and_then(|n| bounded(n, BENEFICIARIES_MAX)),
    );
    let groups: Option<Vec<BeneficiaryGroup>> = input
        .groups
        .iter()
        .map(|g| BeneficiaryGroup::parse(g))
        .collect();
    if groups.is_none() {
        e.push("groups", FieldIssue::InvalidChoice);
    }
    let activities = e.check("activities", rules::optional_text(&input.activities, long));
    let duration = e.check(
        "duration_months",
        optional_count(&input.duration_months).and_then(|n| bounded(n, DURATION_MAX_MONTHS)),
    );
    let budget = e.check("budget_rials", optional_rials(&input.budget_rials));
    match (
        title,
        summary,
        dimension,
        objectives,
        beneficiaries,
        groups,
        activities,
        duration,
        budget,
    ) {
        (
            Some(title),
            Some(summary),
            Some(dimension),
            Some(objectives),
            Some(beneficiaries),
            Some(mut groups),
            Some(activities),
            Some(duration_months),
            Some(budget_rials),
        ) if e.is_empty() => {
            groups.sort();
            groups.dedup();
            Ok(ProposalFields {
                title,
                summary,
                dimension,
                objectives,
                beneficiaries,
                groups,
                activities,
                duration_months,
                budget_rials,
                neighbourhood_ids: unique(&input.neighbourhood_ids),
                partner_ids: unique(&input.partner_ids),
                assessment_id: input.assessment_id,
            })
        }
        _ => Err(e),
    }
}

/// What is still missing before the proposal may be submitted (empty when complete).
pub fn missing_for_submission(p: &ProposalFields) -> FormErrors {
    let mut e = FormErrors::default();
    let mut need = |field: &str, present: bool| {
        if !present {
            e.push(field, FieldIssue::Required);
        }
    };
    need("summary", !p.summary.is_empty());
    need("neighbourhoods", !p.neighbourhood_ids.is_empty());
    need("dimension", p.dimension.is_some());
    need("objectives", !p.objectives.is_empty());
    need("beneficiaries", p.beneficiaries.is_some());
    need("activities", !p.activities.is_empty());
    need("duration_months", p.duration_months.is_some());
    need("budget_rials", p.budget_rials.is_some());
    e
}

/// Beneficiary groups stored together as `children,elderly`; unknown codes are dropped.
pub fn parse_groups(stored: &str) -> Vec<BeneficiaryGroup> {
    stored
        .split(',')
        .filter_map(BeneficiaryGroup::parse)
        .collect()
}

pub fn join_groups(groups: &[BeneficiaryGroup]) -> String {
    groups
        .iter()
        .map(|g| g.as_str())
        .collect::<Vec<_>>()
        .join(",")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn complete() -> ProposalText {
        ProposalText {
            title: "  Literacy   classes for children ".into(),
            summary: "Two classes a week.".into(),
            dimension: "social".into(),
            objectives: "Every child reads.".into(),
            beneficiaries: "\u{6F1}\u{6F2}\u{6F0}".into(), // 120
            groups: vec!["children".into(), "women_heads".into(), "children".into()],
            activities: "Teaching.".into(),
            duration_months: "\u{666}".into(), // 6
            budget_rials: "\u{6F1}\u{6F2}\u{66C}\u{6F5}\u{6F0}\u{6F0}\u{66C}\u{6F0}\u{6F0}\u{6F0}"
                .into(), // 12'500'000
            neighbourhood_ids: vec![3, 1, 3],
            partner_ids: vec![],
            assessment_id: None,
        }
    }

    #[test]
    fn a_complete_proposal_is_tidied_and_may_be_submitted() {
        let fields = check_fields(&complete()).expect("valid");
        assert_eq!(fields.title, "Literacy classes for children");
        assert_eq!(fields.beneficiaries, Some(120));
        assert_eq!(fields.duration_months, Some(6));
        assert_eq!(fields.budget_rials, Some(12_500_000));
        assert_eq!(fields.neighbourhood_ids, vec![1, 3]);
        assert_eq!(
            fields.groups,
            vec![BeneficiaryGroup::Children, BeneficiaryGroup::WomenHeads]
        );
        assert!(missing_for_submission(&fields).is_empty());
    }

    #[test]
    fn a_draft_needs_only_a_title_but_cannot_be_submitted() {
        let draft = ProposalText {
            title: "Clean streets".into(),
            ..Default::default()
        };
        let fields = check_fields(&draft).expect("a draft with a title is valid");
        let missing = missing_for_submission(&fields);
        for field in ["summary", "neighbourhoods", "dimension", "budget_rials"] {
            assert_eq!(missing.get(field), Some(FieldIssue::Required), "{field}");
        }
    }

    #[test]
    fn bad_values_are_named_per_field() {
        let mut bad = complete();
        bad.title = "abc".into();
        bad.budget_rials = "12 million".into();
        bad.duration_months = "0".into();
        bad.beneficiaries = "-3".into();
        bad.groups = vec!["aliens".into()];
        bad.dimension = "spiritual".into();
        let errors = check_fields(&bad).expect_err("invalid");
        assert_eq!(errors.get("title"), Some(FieldIssue::TooShort(TITLE_MIN)));
        assert_eq!(errors.get("budget_rials"), Some(FieldIssue::NotANumber));
        assert_eq!(errors.get("duration_months"), Some(FieldIssue::OutOfRange));
        assert_eq!(errors.get("beneficiaries"), Some(FieldIssue::OutOfRange));
        assert_eq!(errors.get("groups"), Some(FieldIssue::InvalidChoice));
        assert_eq!(errors.get("dimension"), Some(FieldIssue::InvalidChoice));
    }

    #[test]
    fn groups_round_trip() {
        let groups = vec![BeneficiaryGroup::Elderly, BeneficiaryGroup::Youth];
        assert_eq!(parse_groups(&join_groups(&groups)), groups);
        assert_eq!(parse_groups("youth,bogus"), vec![BeneficiaryGroup::Youth]);
    }
}
