//! Needs assessments as pages show them.
use crate::domain::assessment_rules::AssessmentMethod;
use crate::domain::codes::Dimension;
use crate::model::directory::Named;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NeedEntry {
    pub rank: i64,
    pub dimension: Dimension,
    pub need: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AssessmentEntry {
    pub id: i64,
    pub organisation: Named,
    /// ISO day it was made.
    pub day: String,
    pub method: AssessmentMethod,
    pub households: Option<i64>,
    pub findings: String,
    pub needs: Vec<NeedEntry>,
}
