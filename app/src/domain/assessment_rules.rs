//! What a needs assessment must hold: when and how it was made, whom it reached, what it
//! found, and the needs it ranks (each in a dimension). Shared by the browser and the server.
use super::codes::{codes, Dimension};
use super::directory_rules::{
    optional_count, optional_text, past_day, LONG_TEXT_MAX, SHORT_TEXT_MAX,
};
use super::validation::{FieldIssue, FormErrors};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// At most this many needs are ranked in one assessment.
pub const NEEDS_MAX: usize = 10;

codes!(
    AssessmentMethod {
        Survey => "survey",
        Interviews => "interviews",
        FieldVisit => "field_visit",
        FocusGroup => "focus_group",
        Other => "other",
    }
);

#[derive(Clone, Debug, Default)]
pub struct AssessmentText {
    pub assessed_on: String,
    pub method: String,
    pub households: String,
    pub findings: String,
    /// The needs in rank order, and the dimension of each (same positions).
    pub needs: Vec<String>,
    pub need_dimensions: Vec<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct AssessmentFields {
    pub assessed_on: NaiveDate,
    pub method: AssessmentMethod,
    pub households: Option<i64>,
    pub findings: String,
    pub needs: Vec<(Dimension, String)>,
}

/// Checks an assessment typed on `today` (it cannot be dated in the future).
pub fn check(input: &AssessmentText, today: NaiveDate) -> Result<AssessmentFields, FormErrors> {
    let mut e = FormErrors::default();
    let on = e.check("assessed_on", past_day(&input.assessed_on, today));
    let method = e.check(
        "method",
        super::directory_rules::choice(&input.method, AssessmentMethod::parse),
    );
    let households = e.check("households", optional_count(&input.households));
    let findings = e.check("findings", optional_text(&input.findings, LONG_TEXT_MAX));
    let mut needs = Vec::new();
    for (i, need) in input.needs.iter().enumerate() {
        let text = match optional_text(need, SHORT_TEXT_MAX) {
            Ok(t) if t.is_empty() => continue,
            Ok(t) => t,
            Err(issue) => {
                e.push("needs", issue);
                continue;
            }
        };
        let dimension = input
            .need_dimensions
            .get(i)
            .and_then(|d| Dimension::parse(d.trim()));
        match dimension {
            Some(d) => needs.push((d, text)),
            None => e.push("needs", FieldIssue::InvalidChoice),
        }
    }
    if needs.is_empty() && e.get("needs").is_none() {
        e.push("needs", FieldIssue::Required);
    }
    if needs.len() > NEEDS_MAX {
        e.push("needs", FieldIssue::OutOfRange);
    }
    match (on, method, households, findings) {
        (Some(assessed_on), Some(method), Some(households), Some(findings)) if e.is_empty() => {
            Ok(AssessmentFields {
                assessed_on,
                method,
                households,
                findings,
                needs,
            })
        }
        _ => Err(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 23).expect("a day")
    }

    fn typed() -> AssessmentText {
        AssessmentText {
            assessed_on: "\u{6F1}\u{6F4}\u{6F0}\u{6F5}/\u{6F0}\u{6F8}/\u{6F0}\u{6F1}".into(), // 1405/08/01
            method: "survey".into(),
            households: "\u{6F8}\u{6F5}".into(), // 85
            findings: "Many children out of school.".into(),
            needs: vec!["Literacy".into(), "".into(), "Street lights".into()],
            need_dimensions: vec!["social".into(), "social".into(), "physical".into()],
        }
    }

    #[test]
    fn needs_keep_their_rank_and_blank_rows_are_skipped() {
        let a = check(&typed(), today()).expect("valid");
        assert_eq!(a.households, Some(85));
        assert_eq!(
            a.needs,
            vec![
                (Dimension::Social, "Literacy".to_string()),
                (Dimension::Physical, "Street lights".to_string())
            ]
        );
    }

    #[test]
    fn a_future_day_no_needs_and_bad_codes_are_refused() {
        let mut bad = typed();
        bad.assessed_on = "1406/01/01".into();
        bad.method = "guess".into();
        bad.needs = vec!["".into()];
        let e = check(&bad, today()).expect_err("invalid");
        assert_eq!(e.get("assessed_on"), Some(FieldIssue::OutOfRange));
        assert_eq!(e.get("method"), Some(FieldIssue::InvalidChoice));
        assert_eq!(e.get("needs"), Some(FieldIssue::Required));
        let mut bad_dim = typed();
        bad_dim.need_dimensions = vec!["nope".into()];
        assert_eq!(
            check(&bad_dim, today()).expect_err("invalid").get("needs"),
            Some(FieldIssue::InvalidChoice)
        );
    }
}
