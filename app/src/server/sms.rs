//! Text messages beside email: each person's mobile number (proven by a code sent to it), the
//! kinds of event they receive by SMS, the words of a message, and the SMS outbox admins read.
use crate::api::AppError;
use crate::domain::digits::fold_digits;
use crate::domain::notices::{kinds_on, opted_out};
use crate::domain::permissions::Actor;
use crate::domain::validation::{iranian_mobile, FieldIssue};
use crate::i18n::*;
use crate::model::notifications::{OutboxEntry, OutboxPage, SmsSettings, OUTBOX_PER_PAGE};
use crate::server::auth::password;
use crate::server::db::opt_outs::{self, Channel};
use crate::server::db::sms_outbox::{self as store, SmsRow};
use crate::server::db::{mobile_codes, users, Db, DbError};
use crate::server::email::locale_of;
use crate::server::{admin_only, now_ms};
use crate::ui::components::notice_text::notice_in;
use secrecy::SecretString;
use tracing::instrument;

/// A code holds for ten minutes, may be tried five times, and a new one may be asked for a
/// minute after the last.
const CODE_LIFE_MS: i64 = 10 * 60 * 1000;
const CODE_TRIES: i64 = 5;
const RESEND_AFTER_MS: i64 = 60 * 1000;
/// A text message is kept short: one Persian SMS page holds 70 characters, three 201.
const TEXT_MAX: usize = 200;

#[instrument(skip_all)]
pub async fn settings(db: &Db, actor: &Actor) -> Result<SmsSettings, AppError> {
    let user = users::find(db.read(), actor.user_id)
        .await?
        .ok_or(AppError::SignInRequired)?;
    let off = opt_outs::of(db.read(), Channel::Sms, actor.user_id).await?;
    let pending = mobile_codes::find(db.read(), actor.user_id)
        .await?
        .filter(|c| c.expires_at > now_ms() && c.attempts < CODE_TRIES)
        .map(|c| c.mobile);
    Ok(SmsSettings {
        mobile: user.mobile.unwrap_or_default(),
        verified: user.mobile_verified_at.is_some(),
        code_sent_to: pending,
        kinds: kinds_on(&off),
    })
}

/// Takes a new mobile number (not yet proven) and sends it a code; messages go to it only
/// once the code comes back.
#[instrument(skip_all)]
pub async fn request_code(db: &Db, actor: &Actor, typed: &str) -> Result<(), AppError> {
    let mobile = iranian_mobile(typed).map_err(|i| AppError::invalid("mobile", i))?;
    let now = now_ms();
    if let Some(last) = mobile_codes::find(db.read(), actor.user_id).await? {
        let wait = last.expires_at - CODE_LIFE_MS + RESEND_AFTER_MS - now;
        if wait > 0 {
            let seconds = u32::try_from(wait / 1000 + 1).unwrap_or(60);
            return Err(AppError::invalid("mobile", FieldIssue::TooSoon(seconds)));
        }
    }
    let user = users::find(db.read(), actor.user_id)
        .await?
        .ok_or(AppError::SignInRequired)?;
    let code = format!("{:06}", rand::random::<u32>() % 1_000_000);
    let hash = password::hash(SecretString::from(code.clone()))
        .await
        .map_err(|_| AppError::Unreachable)?;
    let locale = locale_of(&user.locale);
    let body = td_string!(locale, sms.code_text, code = code).to_string();
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    users::set_mobile(&mut tx, actor.user_id, Some(&mobile), None, now).await?;
    mobile_codes::replace(&mut tx, actor.user_id, &mobile, &hash, now + CODE_LIFE_MS).await?;
    store::enqueue_text(&mut tx, actor.user_id, &mobile, &body, true, now).await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(())
}

/// Proves the number with the code it received (any digits accepted).
#[instrument(skip_all)]
pub async fn verify(db: &Db, actor: &Actor, typed: &str) -> Result<(), AppError> {
    let code: String = fold_digits(typed)
        .chars()
        .filter(char::is_ascii_digit)
        .collect();
    if code.is_empty() {
        return Err(AppError::invalid("code", FieldIssue::Required));
    }
    let now = now_ms();
    let Some(sent) = mobile_codes::find(db.read(), actor.user_id).await? else {
        return Err(AppError::invalid("code", FieldIssue::CodeExpired));
    };
    if sent.expires_at <= now || sent.attempts >= CODE_TRIES {
        return Err(AppError::invalid("code", FieldIssue::CodeExpired));
    }
    if !password::verify(SecretString::from(code), Some(sent.code_hash)).await {
        mobile_codes::tried(db.write(), actor.user_id).await?;
        return Err(AppError::invalid("code", FieldIssue::WrongCode));
    }
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    users::set_mobile(&mut tx, actor.user_id, Some(&sent.mobile), Some(now), now).await?;
    mobile_codes::forget(&mut tx, actor.user_id).await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(())
}

/// Forgets the number: no more text messages.
#[instrument(skip_all)]
pub async fn remove(db: &Db, actor: &Actor) -> Result<(), AppError> {
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    users::set_mobile(&mut tx, actor.user_id, None, None, now_ms()).await?;
    mobile_codes::forget(&mut tx, actor.user_id).await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(())
}

/// The kinds to receive by SMS; the rest are opted out.
#[instrument(skip_all)]
pub async fn save_kinds(db: &Db, actor: &Actor, kinds: &[String]) -> Result<(), AppError> {
    let off = opted_out(kinds);
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    opt_outs::set(&mut tx, Channel::Sms, actor.user_id, &off).await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(())
}

/// A text message's words in the recipient's language: what happened, about what, and the
/// link; cut to fit a few SMS pages.
pub fn text(row: &SmsRow, origin: Option<&str>) -> String {
    if row.kind.is_empty() {
        return row.body.clone();
    }
    let locale = locale_of(&row.locale);
    let who = row.actor.clone().unwrap_or_default();
    let what = notice_in(locale, &row.kind, &who, &row.detail);
    let app = td_string!(locale, app_name);
    let link = format!("{}{}", origin.unwrap_or_default(), row.link);
    let room = TEXT_MAX.saturating_sub(link.chars().count() + app.chars().count() + 4);
    let said = format!("{what} «{}»", row.subject);
    let said: String = if said.chars().count() > room {
        said.chars()
            .take(room.saturating_sub(1))
            .chain(['…'])
            .collect()
    } else {
        said
    };
    format!("{app}: {said}\n{link}")
}

/// The SMS outbox, newest first (admins).
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
            .map(|r| OutboxEntry {
                id: r.id,
                body: text(&r, origin),
                to_address: r.to_number,
                recipient: r.recipient,
                subject: String::new(),
                at_ms: r.created_at,
                sent_at_ms: r.sent_at,
                attempts: r.attempts,
                last_error: r.last_error,
            })
            .collect(),
        total,
        page,
        pages: crate::domain::paging::page_count(total, OUTBOX_PER_PAGE),
        delivery,
        sms: true,
    })
}
