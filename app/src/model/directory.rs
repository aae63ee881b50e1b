//! What the directory pages show: committees, working groups, organisations, people,
//! neighbourhoods and search results.
use crate::domain::codes::{
    CapacityKind, CommitteeStatus, Dimension, OrgKind, OrgStatus, WorkingGroupKind,
};
use crate::domain::roles::CommitteeRole;
use serde::{Deserialize, Serialize};

/// A reference to an object by id, with the name to show.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Named {
    pub id: i64,
    pub name: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CommitteeCard {
    pub id: i64,
    pub name: String,
    pub dimension: Dimension,
    pub status: CommitteeStatus,
    pub chair: Option<String>,
    pub agencies: i64,
    pub ngos: i64,
    pub experts: i64,
    pub working_groups: i64,
}

/// Who holds a seat: an organisation (by kind) or a person.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum MemberKind {
    Organisation(OrgKind),
    Person,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Member {
    pub membership_id: i64,
    pub kind: MemberKind,
    /// The organisation's or person's id (their page).
    pub member_id: i64,
    pub name: String,
    pub detail: String,
    pub role: CommitteeRole,
    /// ISO days.
    pub since: String,
    pub until: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HistoryEntry {
    pub at_ms: i64,
    pub actor: Option<String>,
    pub action: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CommitteeDetail {
    pub id: i64,
    pub name: String,
    pub dimension: Dimension,
    pub mandate: String,
    pub status: CommitteeStatus,
    pub current: Vec<Member>,
    pub past: Vec<Member>,
    pub working_groups: Vec<WorkingGroupCard>,
    /// Only for officials and admins.
    pub history: Option<Vec<HistoryEntry>>,
    /// Where an edit starts from (refused if someone saved in between).
    pub version: i64,
    /// Whether the caller may create and edit this committee's working groups.
    pub may_edit_groups: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WorkingGroupCard {
    pub id: i64,
    pub name: String,
    pub kind: WorkingGroupKind,
    pub committee: Named,
    pub neighbourhoods: Vec<Named>,
    pub members: i64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WorkingGroupDetail {
    pub card: WorkingGroupCard,
    pub dimension: Dimension,
    pub description: String,
    pub members: Vec<Member>,
    /// Whether the caller may edit this group (officials, the committee's chair or secretary).
    pub may_edit: bool,
    /// Only for officials and admins.
    pub history: Option<Vec<HistoryEntry>>,
}

/// What the working-group form offers, and the group being edited.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WorkingGroupForm {
    pub committee: Named,
    /// The committee's current seats (and any past seat still in the group).
    pub members: Vec<Member>,
    pub neighbourhoods: Vec<Named>,
    pub group: Option<WorkingGroupEdit>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WorkingGroupEdit {
    pub id: i64,
    pub name: String,
    pub kind: WorkingGroupKind,
    pub description: String,
    pub version: i64,
    pub neighbourhood_ids: Vec<i64>,
    pub membership_ids: Vec<i64>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OrganisationCard {
    pub id: i64,
    pub name: String,
    pub kind: OrgKind,
    pub status: OrgStatus,
    pub dimensions: Vec<Dimension>,
    pub neighbourhoods: i64,
    pub capacities: i64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OrganisationPage {
    pub rows: Vec<OrganisationCard>,
    pub total: i64,
    pub page: i64,
    pub pages: i64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Capacity {
    pub id: i64,
    pub organisation: Named,
    pub kind: CapacityKind,
    pub quantity: i64,
    pub unit: String,
    pub description: String,
    pub available_from: Option<String>,
    pub available_until: Option<String>,
    pub neighbourhoods: Vec<Named>,
}

/// The capacity form: whose capacity, the neighbourhoods to choose, and for an edit the values.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CapacityForm {
    pub organisation: Named,
    pub neighbourhoods: Vec<Named>,
    pub values: Option<CapacityEdit>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CapacityEdit {
    pub id: i64,
    pub kind: CapacityKind,
    pub quantity: i64,
    pub unit: String,
    pub description: String,
    /// ISO days.
    pub available_from: Option<String>,
    pub available_until: Option<String>,
    pub neighbourhood_ids: Vec<i64>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SeatHeld {
    pub committee: Named,
    pub role: CommitteeRole,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OrganisationDetail {
    pub card: OrganisationCard,
    pub registration_no: Option<String>,
    pub address: String,
    pub phone: String,
    pub email: String,
    pub website: String,
    pub description: String,
    pub rejection_reason: String,
    pub neighbourhoods: Vec<Named>,
    pub capacities: Vec<Capacity>,
    pub committees: Vec<SeatHeld>,
    pub people: Vec<Named>,
    /// Whether the caller represents this organisation.
    pub is_representative: bool,
    /// Whether the caller may edit its profile and capacities (representatives, officials).
    pub may_edit: bool,
    /// Its representatives, for its first representative and admins only.
    pub representatives: Option<Vec<Representative>>,
    /// When its logo last changed (part of the logo's address); `None` without a logo.
    pub logo: Option<i64>,
    pub history: Option<Vec<HistoryEntry>>,
    /// Marked by officials as an intermediary institution (it vets and contacts volunteers).
    pub is_intermediary: bool,
    /// An intermediary's volunteers by state (code, count): figures anyone may see.
    pub volunteers_by_state: Vec<(String, i64)>,
    /// Whether the caller may mark or unmark it as an intermediary (officials).
    pub may_mark_intermediary: bool,
}

/// An account that acts for an organisation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Representative {
    pub user_id: i64,
    pub username: String,
    pub name: String,
    /// The first representative, who manages the others.
    pub is_manager: bool,
}

/// The profile form of an organisation: its saved values and the neighbourhoods to choose.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OrganisationForm {
    pub values: OrganisationEdit,
    pub neighbourhoods: Vec<Named>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OrganisationEdit {
    pub id: i64,
    pub version: i64,
    pub kind: OrgKind,
    pub name: String,
    pub registration_no: String,
    pub dimensions: Vec<Dimension>,
    pub address: String,
    pub phone: String,
    pub email: String,
    pub website: String,
    pub description: String,
    pub neighbourhood_ids: Vec<i64>,
    /// When its logo last changed; `None` without a logo.
    pub logo: Option<i64>,
}

/// The person form: verified organisations to choose from and, for an edit, the profile.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PersonForm {
    pub organisations: Vec<Named>,
    pub values: Option<PersonEdit>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PersonEdit {
    pub id: i64,
    pub version: i64,
    pub name: String,
    pub organisation_id: Option<i64>,
    pub affiliation: String,
    pub expertise: String,
    pub phone: String,
    pub email: String,
    /// The linked account's username; empty for none.
    pub username: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PersonDetail {
    pub id: i64,
    pub name: String,
    pub organisation: Option<Named>,
    pub affiliation: String,
    pub expertise: String,
    pub committees: Vec<SeatHeld>,
    /// Phone and e-mail, only for those who share a committee with them, and officials.
    pub contact: Option<(String, String)>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NeighbourhoodCard {
    pub id: i64,
    pub name: String,
    pub city: String,
    pub county: String,
    pub population: Option<i64>,
    pub households: Option<i64>,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NeighbourhoodDetail {
    pub card: NeighbourhoodCard,
    pub district: String,
    pub area_hectares: Option<f64>,
    pub facilitation_office: Option<Named>,
    /// Main problems per dimension, in dimension order; empty ones left out.
    pub problems: Vec<(Dimension, String)>,
    pub organisations: Vec<OrganisationCard>,
    pub working_groups: Vec<WorkingGroupCard>,
    /// Its needs assessments, newest first.
    pub assessments: Vec<crate::model::assessments::AssessmentEntry>,
    /// The caller represents a verified organisation, which may record an assessment here.
    pub may_record_assessment: bool,
    /// The proposals for it that the caller may see.
    pub proposals: Vec<crate::model::proposals::ProposalCard>,
    /// The first page of its projects (public), and how many there are in all.
    pub projects: Vec<crate::model::projects::ProjectCard>,
    pub project_count: i64,
    /// Only for officials and admins.
    pub history: Option<Vec<HistoryEntry>>,
}

/// What the neighbourhood form offers, and the neighbourhood being edited.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NeighbourhoodForm {
    /// Verified facilitation offices.
    pub offices: Vec<Named>,
    pub values: Option<NeighbourhoodEdit>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NeighbourhoodEdit {
    pub id: i64,
    pub version: i64,
    pub name: String,
    pub city: String,
    pub county: String,
    pub district: String,
    pub population: Option<i64>,
    pub households: Option<i64>,
    pub area_hectares: Option<f64>,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub facilitation_office_id: Option<i64>,
    /// Social, economic, physical, environmental.
    pub problems: [String; 4],
}

/// One search result: a title, a line under it, and where it leads.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SearchHit {
    pub href: String,
    pub title: String,
    pub subtitle: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SearchKind {
    Committees,
    WorkingGroups,
    Organisations,
    People,
    Neighbourhoods,
    Centres,
    Campaigns,
    Actions,
    Opportunities,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SearchGroup {
    pub kind: SearchKind,
    pub hits: Vec<SearchHit>,
    pub total: i64,
}

/// A candidate member for a committee seat: `value` is `org:ID` or `person:ID`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MemberOption {
    pub value: String,
    pub label: String,
    pub detail: String,
}

pub const ORGANISATIONS_PER_PAGE: i64 = 24;
pub const SEARCH_PER_KIND: i64 = 10;
