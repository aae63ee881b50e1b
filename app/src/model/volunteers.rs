//! What volunteers' pages show, as the server hands it to them.
use super::directory::Named;
use crate::domain::availability::Week;
use crate::domain::volunteer_rules::VolunteerState;
use serde::{Deserialize, Serialize};

/// A role from the reference list: a built-in one is named by the locale files (its code), one
/// officials added carries its own name.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RoleName {
    pub id: i64,
    pub code: Option<String>,
    pub name: String,
}

/// What the registration form offers to choose from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct VolunteerFormOptions {
    pub roles: Vec<RoleName>,
    pub neighbourhoods: Vec<Named>,
    pub intermediaries: Vec<Named>,
}

/// A volunteer as one allowed to see them sees them. Contact fields are `None` for those who
/// may not see them; the private note only for the volunteer and their intermediary.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct VolunteerView {
    pub id: i64,
    pub name: String,
    pub national_code: Option<String>,
    pub mobile: Option<String>,
    pub birth_year: i64,
    pub gender: Option<String>,
    pub neighbourhood: Option<Named>,
    pub intermediary: Named,
    /// The registration drive that brought them, if any.
    pub drive: Option<String>,
    pub roles: Vec<RoleName>,
    pub skills: Vec<(String, String)>,
    pub availability: Week,
    pub state: VolunteerState,
    pub state_reason: String,
    pub applied_at: i64,
    pub consent_at: i64,
    /// Whole days since they applied, while they wait for their intermediary.
    pub days_waiting: Option<i64>,
    pub private_note: Option<String>,
    pub version: i64,
    /// Where they were proposed or placed (for themselves and their intermediary).
    pub placements: Vec<super::centres::PlacementView>,
    /// The open requests that suit them best (for their intermediary, while active).
    pub suggestions: Vec<super::centres::SuggestionView>,
    /// Approved minutes of service (for their intermediary's roster).
    pub approved_minutes: i64,
    /// Their certificates (for their intermediary's roster).
    pub certificates: Vec<super::service::CertificateView>,
    /// Whether a certificate by hand would certify something new (for their intermediary).
    pub may_certify: bool,
}

/// An intermediary's volunteers, grouped by state, waiting longest first.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct IntermediaryRoster {
    pub intermediary: Named,
    pub applied: Vec<VolunteerView>,
    pub verified: Vec<VolunteerView>,
    pub active: Vec<VolunteerView>,
    pub inactive: Vec<VolunteerView>,
    /// How many are in each state, shown or not.
    pub totals: Vec<(VolunteerState, i64)>,
    /// The one state paged through, or none for the first page of each.
    pub state: Option<VolunteerState>,
    pub page: i64,
    pub pages: i64,
}

/// A request to join a volunteer profile to the account of a second registration with the
/// same national code. The profile and what the account gave are shown only to the profile's
/// intermediary; the one asking sees the state alone.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MergeView {
    pub id: i64,
    /// The profile asked for (id, full name).
    pub volunteer: Option<(i64, String)>,
    pub username: Option<String>,
    pub full_name: Option<String>,
    pub mobile: Option<String>,
    /// pending, merged or refused.
    pub state: String,
    pub reason: String,
    pub sent_at: i64,
    pub decided_at: Option<i64>,
}
