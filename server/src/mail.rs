//! Delivery of the email outbox through the configured SMTP server (lettre, over rustls): every
//! half minute the waiting messages are sent; a failure is kept with its error and retried, up
//! to five attempts. Without an SMTP server nothing here runs and the outbox is only read by
//! admins.
use crate::config::MailConfig;
use app::domain::notices::NoticeKind;
use app::server::db::outbox::OutboxRow;
use app::server::db::{meetings, outbox, Db};
use app::server::email::message;
use app::server::meetings::invitation::calendar;
use app::server::now_ms;
use lettre::message::{header::ContentType, Attachment, Mailbox, MultiPart, SinglePart};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use secrecy::ExposeSecret;
use std::time::Duration;

pub const MAX_ATTEMPTS: i64 = 5;
const BATCH: i64 = 50;

/// Starts delivery; refuses a malformed SMTP address or sender (without echoing the address,
/// which holds the password).
pub fn spawn_delivery(
    db: Db,
    mail: &MailConfig,
    origin: Option<String>,
) -> Result<tokio::task::JoinHandle<()>, String> {
    let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(mail.smtp_url.expose_secret())
        .map_err(|_| "TAVANA_SMTP_URL is not an smtp:// or smtps:// address".to_string())?
        .timeout(Some(Duration::from_secs(20)))
        .build();
    let from: Mailbox = mail
        .from
        .parse()
        .map_err(|_| format!("TAVANA_MAIL_FROM is not an email address: {:?}", mail.from))?;
    Ok(tokio::spawn(async move {
        let mut tick = tokio::time::interval(Duration::from_secs(30));
        loop {
            tick.tick().await;
            deliver_due(&db, &transport, &from, origin.as_deref()).await;
        }
    }))
}

/// The calendar file an invitation carries (for a meeting invitation whose meeting exists).
async fn invitation_of(db: &Db, row: &OutboxRow, origin: Option<&str>) -> Option<String> {
    if row.kind != NoticeKind::MeetingInvited.as_str() {
        return None;
    }
    let id = row.detail.parse().ok()?;
    let meeting = meetings::get(db.read(), id).await.ok()??;
    calendar(&meeting, origin.unwrap_or_default(), now_ms())
}

/// The message: plain text, and with an invitation a calendar attachment beside it.
fn compose(
    from: &Mailbox,
    to: Mailbox,
    subject: String,
    body: String,
    invitation: Option<String>,
) -> Result<Message, lettre::error::Error> {
    let builder = Message::builder()
        .from(from.clone())
        .to(to)
        .subject(subject);
    match invitation {
        None => builder.header(ContentType::TEXT_PLAIN).body(body),
        Some(ics) => {
            let calendar = ContentType::parse("text/calendar; charset=utf-8; method=PUBLISH")
                .unwrap_or(ContentType::TEXT_PLAIN);
            builder.multipart(
                MultiPart::mixed()
                    .singlepart(SinglePart::plain(body))
                    .singlepart(Attachment::new("meeting.ics".into()).body(ics, calendar)),
            )
        }
    }
}

/// Sends what is waiting, marking each message sent or failed; returns how many were sent.
pub async fn deliver_due<T>(db: &Db, transport: &T, from: &Mailbox, origin: Option<&str>) -> usize
where
    T: AsyncTransport + Sync,
    T::Error: std::fmt::Display,
{
    let due = match outbox::due(db.read(), MAX_ATTEMPTS, BATCH).await {
        Ok(due) => due,
        Err(error) => {
            tracing::warn!(%error, "could not read the outbox");
            return 0;
        }
    };
    let mut sent = 0;
    for row in due {
        let (subject, body) = message(&row, origin);
        let invitation = invitation_of(db, &row, origin).await;
        let outcome = match row.to_address.parse::<Mailbox>() {
            Err(_) => Err("not an email address".to_string()),
            Ok(to) => match compose(from, to, subject, body, invitation) {
                Err(error) => Err(error.to_string()),
                Ok(email) => transport
                    .send(email)
                    .await
                    .map(|_| ())
                    .map_err(|e| e.to_string()),
            },
        };
        let recorded = match outcome {
            Ok(()) => {
                sent += 1;
                outbox::mark_sent(db.write(), row.id, now_ms()).await
            }
            Err(error) => {
                tracing::warn!(message = row.id, %error, "email not delivered");
                outbox::mark_failed(db.write(), row.id, &error).await
            }
        };
        if let Err(error) = recorded {
            tracing::warn!(%error, "could not record an email's delivery");
        }
    }
    sent
}
