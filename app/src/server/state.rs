//! What every request handler and server function can reach.
use super::db::Db;
use std::time::Duration;

#[derive(Clone, Debug)]
pub struct Settings {
    /// Cookies get the `Secure` flag (set when the portal is served over https).
    pub secure_cookies: bool,
    /// A session ends after this long without a request.
    pub session_idle: Duration,
    /// A session ends this long after sign-in, however active.
    pub session_absolute: Duration,
    /// Failed sign-ins allowed per account, and per client address, within `login_window`.
    pub login_max_per_account: i64,
    pub login_max_per_client: i64,
    pub login_window: Duration,
    /// Use the first `X-Forwarded-For` address as the client (only behind a trusted proxy).
    pub trust_forwarded_for: bool,
    /// Where uploaded documents are kept: outside the site root, served only through checks.
    pub files_dir: std::path::PathBuf,
    /// When a running project counts as stalled.
    pub stalled: crate::domain::project_rules::StalledRule,
    /// An SMTP server is configured: the outbox is delivered, not only kept for admins.
    pub email_delivery: bool,
    /// An SMS gateway is configured: text messages are delivered, not only kept for admins.
    pub sms_delivery: bool,
    /// The days the reminder rules use.
    pub reminders: crate::domain::reminders::ReminderDays,
    /// Where links in emails point (e.g. `https://tavana.example.ir`).
    pub public_origin: Option<String>,
    /// Days a centre has to answer a volunteer proposed to it.
    pub placement_answer_days: i64,
    /// The province's name or code, carried by the reports' JSON export so the national
    /// headquarters can tell provinces' files apart.
    pub province: String,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            secure_cookies: false,
            session_idle: Duration::from_secs(2 * 3600),
            session_absolute: Duration::from_secs(7 * 24 * 3600),
            login_max_per_account: 5,
            login_max_per_client: 20,
            login_window: Duration::from_secs(15 * 60),
            trust_forwarded_for: false,
            files_dir: std::env::temp_dir().join("tavana-files"),
            stalled: Default::default(),
            email_delivery: false,
            sms_delivery: false,
            reminders: Default::default(),
            public_origin: None,
            placement_answer_days: crate::domain::centre_rules::DEFAULT_ANSWER_DAYS,
            province: String::new(),
        }
    }
}

#[derive(Clone, Debug)]
pub struct AppState {
    pub db: Db,
    pub settings: Settings,
    /// Wake-up calls for open board views.
    pub live: super::boards::live::Live,
}
