//! Data exchanged between server functions and components (compiled on both sides).
use crate::domain::roles::Role;
use serde::{Deserialize, Serialize};

/// The signed-in person, as the pages need them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionUser {
    pub id: i64,
    pub username: String,
    pub display_name: String,
    pub role: Role,
    pub member_since_ms: i64,
    /// Notifications not yet read (the count beside the bell in the header).
    pub unread: i64,
}

/// One row of the admin's account list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountSummary {
    pub id: i64,
    pub username: String,
    pub display_name: String,
    pub role: Role,
    pub disabled: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountPage {
    pub rows: Vec<AccountSummary>,
    pub total: i64,
    pub page: i64,
    pub pages: i64,
}

pub const ACCOUNTS_PER_PAGE: i64 = 20;
