//! Delivery of the SMS outbox through a configured HTTP gateway, so any Iranian SMS provider
//! fits: the URL (and, for a POST, the body) are templates with `{to}`, `{text}`, `{sender}`
//! and `{key}`; a 2xx answer means sent. Every half minute the due messages are claimed (one
//! instance sends each), sent, and on failure retried later (1, 5, 30, 120, 360 minutes). By
//! night in Iran only urgent messages (verification codes) go. The key is a secret: neither it
//! nor the filled URL reaches a log or the outbox's error.
use crate::config::SmsConfig;
use app::domain::reminders::daytime_in_iran;
use app::server::db::{sms_outbox, Db};
use app::server::now_ms;
use app::server::sms::text;
use secrecy::ExposeSecret;
use std::time::Duration;

pub const MAX_ATTEMPTS: i64 = 5;
const BATCH: i64 = 50;
/// How long an instance holds a claimed message before another may try it.
const CLAIM_MS: i64 = 2 * 60 * 1000;

/// Minutes to wait after the `attempts`-th failure.
pub fn retry_after_minutes(attempts: i64) -> i64 {
    match attempts {
        ..=1 => 1,
        2 => 5,
        3 => 30,
        4 => 120,
        _ => 360,
    }
}

/// How a value is written into a template.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    /// Percent-encoded (a URL or a form body).
    Url,
    /// As a JSON string's content.
    Json,
}

/// Fills `{to}`, `{text}`, `{sender}` and `{key}` in `template`, each value encoded for where
/// it lands; other braces are left as they are.
pub fn fill(template: &str, values: &[(&str, &str)], encoding: Encoding) -> String {
    let mut out = template.to_string();
    for (name, value) in values {
        let encoded = match encoding {
            Encoding::Url => {
                percent_encoding::utf8_percent_encode(value, percent_encoding::NON_ALPHANUMERIC)
                    .to_string()
            }
            Encoding::Json => {
                let quoted = serde_json::to_string(value).unwrap_or_default();
                // A JSON string always has its two quotes.
                quoted[1..quoted.len() - 1].to_string()
            }
        };
        out = out.replace(&format!("{{{name}}}"), &encoded);
    }
    out
}

/// A gateway call as configured.
pub struct Gateway {
    client: reqwest::Client,
    config: SmsConfig,
}

impl Gateway {
    pub fn new(config: SmsConfig) -> Result<Self, String> {
        let client = reqwest::Client::builder()
            .timeout(Duration::from_secs(20))
            .build()
            .map_err(|_| "could not build the SMS gateway's HTTP client".to_string())?;
        if !(config.url.starts_with("https://") || config.url.starts_with("http://")) {
            return Err("TAVANA_SMS_URL must be an http:// or https:// address".into());
        }
        Ok(Self { client, config })
    }

    /// Sends one message; the error says what went wrong without the key or the URL.
    pub async fn send(&self, to: &str, message: &str) -> Result<(), String> {
        let key = self.config.key.expose_secret();
        let values = [
            ("to", to),
            ("text", message),
            ("sender", self.config.sender.as_str()),
            ("key", key),
        ];
        let url = fill(&self.config.url, &values, Encoding::Url);
        let request = match &self.config.body {
            None => self.client.get(url),
            Some(body) => {
                let json = body.trim_start().starts_with('{');
                let encoding = if json { Encoding::Json } else { Encoding::Url };
                let content_type = if json {
                    "application/json"
                } else {
                    "application/x-www-form-urlencoded"
                };
                self.client
                    .post(url)
                    .header(reqwest::header::CONTENT_TYPE, content_type)
                    .body(fill(body, &values, encoding))
            }
        };
        match request.send().await {
            Err(error) if error.is_timeout() => Err("the gateway did not answer in time".into()),
            Err(_) => Err("could not reach the gateway".into()),
            Ok(answer) if answer.status().is_success() => Ok(()),
            Ok(answer) => Err(format!("the gateway answered {}", answer.status().as_u16())),
        }
    }
}

/// Starts delivery.
pub fn spawn_delivery(
    db: Db,
    config: SmsConfig,
    origin: Option<String>,
) -> Result<tokio::task::JoinHandle<()>, String> {
    let gateway = Gateway::new(config)?;
    Ok(tokio::spawn(async move {
        let mut tick = tokio::time::interval(Duration::from_secs(30));
        loop {
            tick.tick().await;
            deliver_due(&db, &gateway, origin.as_deref(), now_ms()).await;
        }
    }))
}

/// Sends the messages due at `now`; returns how many were sent.
pub async fn deliver_due(db: &Db, gateway: &Gateway, origin: Option<&str>, now: i64) -> usize {
    let urgent_only = !daytime_in_iran(now);
    let due = match sms_outbox::due(db.read(), now, urgent_only, MAX_ATTEMPTS, BATCH).await {
        Ok(due) => due,
        Err(error) => {
            tracing::warn!(%error, "could not read the SMS outbox");
            return 0;
        }
    };
    let mut sent = 0;
    for row in due {
        match sms_outbox::claim(db.write(), row.id, now, now + CLAIM_MS).await {
            Ok(true) => {}
            Ok(false) => continue,
            Err(error) => {
                tracing::warn!(%error, "could not claim a text message");
                continue;
            }
        }
        let recorded = match gateway.send(&row.to_number, &text(&row, origin)).await {
            Ok(()) => {
                sent += 1;
                sms_outbox::mark_sent(db.write(), row.id, now_ms()).await
            }
            Err(error) => {
                tracing::warn!(message = row.id, %error, "text message not delivered");
                let retry = now + retry_after_minutes(row.attempts + 1) * 60 * 1000;
                sms_outbox::mark_failed(db.write(), row.id, &error, retry).await
            }
        };
        if let Err(error) = recorded {
            tracing::warn!(%error, "could not record a text message's delivery");
        }
    }
    sent
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_encode_each_value_for_where_it_lands() {
        let values = [
            ("to", "09121234567"),
            ("text", "سلام & خوش آمدید"),
            ("key", "a/b?c"),
        ];
        assert_eq!(
            fill("https://g.example/send?r={to}&m={text}&k={key}", &values, Encoding::Url),
            "https://g.example/send?r=09121234567&m=%D8%B3%D9%84%D8%A7%D9%85%20%26%20%D8%AE%D9%88%D8%B4%20%D8%A2%D9%85%D8%AF%DB%8C%D8%AF&k=a%2Fb%3Fc"
        );
        let quote = [("text", "he said \"hi\"\n")];
        assert_eq!(
            fill(
                r#"{"message":"{text}","n":{unknown}}"#,
                &quote,
                Encoding::Json
            ),
            r#"{"message":"he said \"hi\"\n","n":{unknown}}"#
        );
        assert_eq!(fill("{text}", &[("text", "")], Encoding::Json), "");
    }

    #[test]
    fn retries_wait_longer_each_time() {
        let waits: Vec<i64> = (1..=6).map(retry_after_minutes).collect();
        assert_eq!(waits, vec![1, 5, 30, 120, 360, 360]);
    }
}
