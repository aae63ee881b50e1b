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

pub const OUTBOX_PER_PAGE: i64 = 30;

/// The signed-in person's email: the address, and for each kind of event whether it is sent.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EmailSettings {
    pub address: String,
    pub kinds: Vec<(crate::domain::notices::NoticeKind, bool)>,
}

/// One message in the outbox as an admin reads it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OutboxEntry {
    pub id: i64,
    pub to_address: String,
    pub recipient: String,
    pub subject: String,
    pub body: String,
    pub at_ms: i64,
    pub sent_at_ms: Option<i64>,
    pub attempts: i64,
    pub last_error: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OutboxPage {
    pub rows: Vec<OutboxEntry>,
    pub total: i64,
    pub page: i64,
    pub pages: i64,
    /// Whether an SMTP server is configured (else messages only wait here).
    pub delivery: bool,
}
