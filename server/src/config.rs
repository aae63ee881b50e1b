//! Configuration from environment variables, with safe defaults.
use app::domain::project_rules::StalledRule;
use app::domain::reminders::ReminderDays;
use app::server::state::Settings;
use secrecy::SecretString;
use std::net::SocketAddr;
use std::time::Duration;

#[derive(Clone, Debug)]
pub struct Config {
    pub database_url: String,
    pub addr: SocketAddr,
    pub site_root: String,
    /// The address people use (e.g. `https://tavana.example.ir`); requests whose `Origin`
    /// matches it pass the cross-site check, and `https` turns on `Secure` cookies and HSTS.
    pub public_origin: Option<String>,
    /// SMTP delivery of the outbox, when configured.
    pub mail: Option<MailConfig>,
    /// SMS delivery of the text-message outbox, when a gateway is configured.
    pub sms: Option<SmsConfig>,
    pub settings: Settings,
}

/// The SMS gateway: `TAVANA_SMS_URL`, a template with `{to}`, `{text}`, `{sender}` and `{key}`
/// (GET, or POST when `TAVANA_SMS_BODY` gives a body template: JSON if it starts with `{`,
/// else a form); `TAVANA_SMS_KEY` (a secret) and the sender line `TAVANA_SMS_SENDER`.
#[derive(Clone, Debug)]
pub struct SmsConfig {
    pub url: String,
    pub body: Option<String>,
    pub key: SecretString,
    pub sender: String,
}

/// Where email goes out: `TAVANA_SMTP_URL` (e.g. `smtps://user:password@mail.example.ir`,
/// a secret: it holds the password) and the sender, `TAVANA_MAIL_FROM`.
#[derive(Clone, Debug)]
pub struct MailConfig {
    pub smtp_url: SecretString,
    pub from: String,
}

fn var(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}

fn number(name: &str, default: u64) -> Result<u64, String> {
    match var(name) {
        None => Ok(default),
        Some(v) => v
            .trim()
            .parse()
            .map_err(|_| format!("{name} must be a whole number, not {v:?}")),
    }
}

impl Config {
    pub fn from_env() -> Result<Self, String> {
        let database_url = var("DATABASE_URL").unwrap_or_else(|| "sqlite://data/tavana.db".into());
        let addr = var("TAVANA_ADDR").unwrap_or_else(|| "127.0.0.1:3000".into());
        let addr = addr
            .parse()
            .map_err(|_| format!("TAVANA_ADDR is not an address: {addr:?}"))?;
        let public_origin =
            var("TAVANA_PUBLIC_ORIGIN").map(|o| o.trim_end_matches('/').to_string());
        let secure = public_origin
            .as_deref()
            .is_some_and(|o| o.starts_with("https://"));
        let mail = match (var("TAVANA_SMTP_URL"), var("TAVANA_MAIL_FROM")) {
            (None, _) => None,
            (Some(_), None) => return Err("TAVANA_SMTP_URL needs TAVANA_MAIL_FROM".into()),
            (Some(url), Some(from)) => Some(MailConfig {
                smtp_url: SecretString::from(url),
                from,
            }),
        };
        let sms = var("TAVANA_SMS_URL").map(|url| SmsConfig {
            url,
            body: var("TAVANA_SMS_BODY"),
            key: SecretString::from(var("TAVANA_SMS_KEY").unwrap_or_default()),
            sender: var("TAVANA_SMS_SENDER").unwrap_or_default(),
        });
        let defaults = ReminderDays::default();
        let days = |name: &str, default: i64| number(name, default as u64).map(|d| d as i64);
        let reminders = ReminderDays {
            report_before: days("TAVANA_REMIND_REPORT_DAYS_BEFORE", defaults.report_before)?,
            at_committee: days("TAVANA_REMIND_COMMITTEE_AFTER_DAYS", defaults.at_committee)?,
            awaiting_decision: days(
                "TAVANA_REMIND_DECISION_AFTER_DAYS",
                defaults.awaiting_decision,
            )?,
            organisation_waiting: days(
                "TAVANA_REMIND_VERIFICATION_AFTER_DAYS",
                defaults.organisation_waiting,
            )?,
        };
        let settings = Settings {
            secure_cookies: secure,
            session_idle: Duration::from_secs(60 * number("TAVANA_SESSION_IDLE_MINUTES", 120)?),
            session_absolute: Duration::from_secs(
                3600 * number("TAVANA_SESSION_ABSOLUTE_HOURS", 168)?,
            ),
            login_max_per_account: number("TAVANA_LOGIN_MAX_PER_ACCOUNT", 5)? as i64,
            login_max_per_client: number("TAVANA_LOGIN_MAX_PER_CLIENT", 20)? as i64,
            login_window: Duration::from_secs(60 * number("TAVANA_LOGIN_WINDOW_MINUTES", 15)?),
            trust_forwarded_for: var("TAVANA_TRUST_PROXY").is_some_and(|v| v == "1" || v == "true"),
            files_dir: var("TAVANA_FILES_DIR")
                .unwrap_or_else(|| "data/files".into())
                .into(),
            stalled: StalledRule {
                no_update_days: number("TAVANA_STALLED_NO_UPDATE_DAYS", 30)? as i64,
                overdue_days: number("TAVANA_STALLED_OVERDUE_DAYS", 14)? as i64,
            },
            email_delivery: mail.is_some(),
            sms_delivery: sms.is_some(),
            reminders,
            public_origin: public_origin.clone(),
            placement_answer_days: number("TAVANA_PLACEMENT_ANSWER_DAYS", 7)? as i64,
            province: var("TAVANA_PROVINCE").unwrap_or_default(),
        };
        Ok(Self {
            database_url,
            addr,
            site_root: var("TAVANA_SITE_ROOT").unwrap_or_else(|| "target/site".into()),
            public_origin,
            mail,
            sms,
            settings,
        })
    }
}
