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
    /// The actor's own words with the event (a revision request's reason), or empty.
    pub note: String,
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
    /// The language of emails and text messages (`fa`, `en`).
    pub locale: String,
    /// `none`, `daily` or `weekly`.
    pub digest: String,
}

/// The signed-in person's text messages: the number, whether it is proven, where a code
/// waits to be typed back, and for each kind of event whether it is sent.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SmsSettings {
    pub mobile: String,
    pub verified: bool,
    pub code_sent_to: Option<String>,
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
    /// Whether a server for this channel is configured (else messages only wait here).
    pub delivery: bool,
    /// The text-message outbox (else the email one).
    pub sms: bool,
}
