//! Email beside the in-app notifications: each person's address and the kinds of event they
//! receive, the words of a message, and the outbox admins read.
use crate::api::AppError;
use crate::domain::notices::{kinds_on, opted_out};
use crate::domain::permissions::Actor;
use crate::domain::reminders::DigestChoice;
use crate::domain::validation::{optional_email, FieldIssue, FormErrors};
use crate::i18n::*;
use crate::model::notifications::{EmailSettings, OutboxEntry, OutboxPage, OUTBOX_PER_PAGE};
use crate::server::accounts::search_text;
use crate::server::db::opt_outs::{self, Channel};
use crate::server::db::outbox::{self as store, OutboxRow};
use crate::server::db::{users, Db, DbError};
use crate::server::{admin_only, now_ms};
use crate::ui::components::notice_text::notice_in;
use tracing::instrument;

#[instrument(skip_all)]
pub async fn settings(db: &Db, actor: &Actor) -> Result<EmailSettings, AppError> {
    let user = users::find(db.read(), actor.user_id)
        .await?
        .ok_or(AppError::SignInRequired)?;
    let off = opt_outs::of(db.read(), Channel::Email, actor.user_id).await?;
    Ok(EmailSettings {
        address: user.email.unwrap_or_default(),
        kinds: kinds_on(&off),
        locale: user.locale,
        digest: user.digest,
    })
}

/// What the email settings form sent.
pub struct EmailChoices<'a> {
    pub address: &'a str,
    pub kinds: &'a [String],
    /// `fa` or `en`; empty keeps the current language.
    pub locale: &'a str,
    /// `none`, `daily` or `weekly`; empty keeps the current choice.
    pub digest: &'a str,
}

/// Saves the address (empty: no email at all), the kinds to receive (the rest are opted out),
/// the language of messages and the digest.
#[instrument(skip_all)]
pub async fn save(db: &Db, actor: &Actor, choices: EmailChoices<'_>) -> Result<(), AppError> {
    let mut e = FormErrors::default();
    let address = e.check("email", optional_email(choices.address));
    let locale = match choices.locale {
        "" | "fa" | "en" => Some(choices.locale),
        _ => {
            e.push("locale", FieldIssue::InvalidChoice);
            None
        }
    };
    let digest = match choices.digest {
        "" => Some(""),
        d => DigestChoice::parse(d).map(|d| d.as_str()),
    };
    if digest.is_none() {
        e.push("digest", FieldIssue::InvalidChoice);
    }
    let (Some(address), Some(locale), Some(digest)) = (address, locale, digest) else {
        return Err(e.into());
    };
    let kinds = choices.kinds;
    let off = opted_out(kinds);
    let user = users::find(db.read(), actor.user_id)
        .await?
        .ok_or(AppError::SignInRequired)?;
    let search = search_text(&user.username, &user.display_name, address.as_deref());
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    users::set_email(
        &mut tx,
        actor.user_id,
        address.as_deref(),
        &search,
        now_ms(),
    )
    .await?;
    opt_outs::set(&mut tx, Channel::Email, actor.user_id, &off).await?;
    let locale = if locale.is_empty() {
        user.locale.as_str()
    } else {
        locale
    };
    let digest = if digest.is_empty() {
        user.digest.as_str()
    } else {
        digest
    };
    users::set_message_choices(&mut tx, actor.user_id, locale, digest, now_ms()).await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(())
}

/// A message's subject and plain-text body, in the recipient's language; links lead to
/// `origin` when known. A message with its own words (a digest) is sent as it was written.
pub fn message(row: &OutboxRow, origin: Option<&str>) -> (String, String) {
    let locale = locale_of(&row.locale);
    let app = td_string!(locale, app_name);
    if row.kind.is_empty() {
        return (format!("{app}: {}", row.subject), row.body.clone());
    }
    let who = row.actor.clone().unwrap_or_default();
    let what = notice_in(locale, &row.kind, &who, &row.detail);
    let subject = format!("{app}: {}", row.subject);
    let link = format!("{}{}", origin.unwrap_or_default(), row.link);
    let footer = td_string!(locale, notifications.email_footer);
    let note = if row.note.is_empty() {
        String::new()
    } else {
        let said = td_string!(locale, notifications.their_words);
        format!("\n\n{said}\n{}", row.note)
    };
    let body = format!("{what}{note}\n\n{}\n{link}\n\n-- \n{footer}\n", row.subject);
    (subject, body)
}

/// A stored language code as a locale (Persian unless English was chosen).
pub fn locale_of(code: &str) -> Locale {
    if code == "en" {
        Locale::en
    } else {
        Locale::fa
    }
}

/// The outbox, newest first (admins).
#[instrument(skip_all)]
pub async fn outbox(
    db: &Db,
    actor: Option<&Actor>,
    page: i64,
    delivery: bool,
    origin: Option<&str>,
) -> Result<OutboxPage, AppError> {
    admin_only(actor)?;
    let page = crate::domain::paging::page_number(page);
    let (rows, total) =
        store::page(db.read(), OUTBOX_PER_PAGE, (page - 1) * OUTBOX_PER_PAGE).await?;
    Ok(OutboxPage {
        rows: rows
            .into_iter()
            .map(|r| {
                let (subject, body) = message(&r, origin);
                OutboxEntry {
                    id: r.id,
                    to_address: r.to_address,
                    recipient: r.recipient,
                    subject,
                    body,
                    at_ms: r.created_at,
                    sent_at_ms: r.sent_at,
                    attempts: r.attempts,
                    last_error: r.last_error,
                }
            })
            .collect(),
        total,
        page,
        pages: crate::domain::paging::page_count(total, OUTBOX_PER_PAGE),
        delivery,
        sms: false,
    })
}
