//! The reference lists officials keep for volunteering, as their page shows them.
use super::volunteers::RoleName;
use serde::{Deserialize, Serialize};

/// A role with how much it is in use.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RoleUseView {
    pub role: RoleName,
    pub retired: bool,
    pub volunteers: i64,
    pub open_requests: i64,
}

/// A registration drive with how many registered through it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DriveView {
    pub id: i64,
    pub code: String,
    pub name: String,
    /// ISO days.
    pub starts_on: String,
    pub ends_on: Option<String>,
    pub volunteers: i64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReferenceLists {
    pub roles: Vec<RoleUseView>,
    pub drives: Vec<DriveView>,
}
