//! What centres' pages show, as the server hands it to them.
use super::directory::Named;
use super::volunteers::RoleName;
use crate::domain::availability::Week;
use crate::domain::centre_rules::{CentreKind, PlacementState};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CentreCard {
    pub id: i64,
    pub name: String,
    pub kind: CentreKind,
    pub neighbourhood: Named,
    pub organisation: Named,
    pub open_requests: i64,
    /// The requests open today (role, places left, times), for the lists.
    pub requests: Vec<RequestView>,
}

/// A centre's request for volunteers.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RequestView {
    pub id: i64,
    pub centre: Named,
    pub role: RoleName,
    pub places: i64,
    pub places_left: i64,
    pub needed: Week,
    pub starts_on: String,
    pub ends_on: Option<String>,
    pub note: String,
    pub closed: bool,
}

/// A volunteer proposed for (or placed at) a centre. The volunteer's name and mobile are
/// those the caller may see.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PlacementView {
    pub id: i64,
    pub volunteer: Named,
    pub mobile: Option<String>,
    pub centre: Named,
    pub role: RoleName,
    pub request_id: i64,
    pub state: PlacementState,
    pub reason: String,
    pub proposed_at: i64,
    pub answer_by: i64,
    /// Why routing matched them (for the volunteer's own page; `None` elsewhere).
    pub why: Option<Fit>,
}

/// The facts that make a volunteer fit a request: shared times of those needed (both 0 for
/// "any time") and the distance from home, when both are on the map.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fit {
    pub shared_cells: u32,
    pub needed_cells: u32,
    pub metres: Option<u32>,
}

/// A suggested request for a volunteer, with the facts that rank it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SuggestionView {
    pub request: RequestView,
    pub score: u32,
    pub shared_cells: u32,
    pub needed_cells: u32,
    pub metres: Option<u32>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CentreDetail {
    pub card: CentreCard,
    pub address: String,
    pub manager: Option<String>,
    pub requests: Vec<RequestView>,
    /// Whether the caller publishes requests here.
    pub may_manage: bool,
    /// Whether the caller decides about the centre's people (answers proposals, approves
    /// days): the centre itself, not an official overseeing it.
    pub may_decide: bool,
    /// Proposals and placements, for those who manage the centre (empty for others).
    pub placements: Vec<PlacementView>,
    /// The roles a new request may ask for (for those who manage it).
    pub roles: Vec<RoleName>,
    /// Days of service waiting for the centre's answer, then the latest answered (for those
    /// who manage it).
    pub hours: Vec<super::service::HoursView>,
    /// Opportunities published here, the latest first.
    pub opportunities: Vec<super::shifts::OpportunityCard>,
    /// The running projects a new opportunity may serve (for those who manage it).
    pub projects: Vec<Named>,
}

/// What the new-centre form offers.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CentreFormOptions {
    pub neighbourhoods: Vec<Named>,
    pub organisations: Vec<Named>,
}
