//! The veterans list as the server hands it to the page.
use super::directory::Named;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct VeteranView {
    pub id: i64,
    /// In full for their intermediary's representatives; initials for officials.
    pub name: String,
    pub intermediary: Named,
    pub neighbourhood: Option<String>,
    pub county: Option<String>,
    pub minutes: i64,
    pub years: i64,
    /// ISO days of the first and the latest approved service.
    pub first_on: String,
    pub last_on: String,
    pub died_on: Option<String>,
    /// Their intermediary's alone.
    pub family_contact: Option<String>,
    pub honoured_on: Option<String>,
    pub honours: i64,
    /// Officials and their intermediary record honours; only the intermediary a death.
    pub may_record_death: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct VeteranPage {
    pub items: Vec<VeteranView>,
    pub page: i64,
    pub pages: i64,
    pub total: i64,
    /// The centres the list may be narrowed to.
    pub centres: Vec<Named>,
    /// The counties it may be narrowed to (where veterans live).
    pub counties: Vec<String>,
}
