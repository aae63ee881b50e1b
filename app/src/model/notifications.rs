//! The notification centre.
use serde::{Deserialize, Serialize};

pub const NOTIFICATIONS_PER_PAGE: i64 = 25;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NotificationEntry {
    pub id: i64,
    /// What happened (`proposal_moved`, `proposal_comment`, ...), shown through the locales.
    pub kind: String,
    /// The object's title.
    pub subject: String,
    /// The event's detail as a code (e.g. the status the proposal moved to).
    pub detail: String,
    pub link: String,
    pub actor: Option<String>,
    pub at_ms: i64,
    pub unread: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NotificationPage {
    pub rows: Vec<NotificationEntry>,
    pub total: i64,
    pub unread: i64,
    pub page: i64,
    pub pages: i64,
}
