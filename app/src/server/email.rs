//! Email beside the in-app notifications: each person's address and the kinds of event they
//! receive, the words of a message, and the outbox admins read.
use crate::api::AppError;
use crate::domain::notices::{chosen, NoticeKind};
use crate::domain::permissions::{may, Action, Actor, Section, Target};
use crate::domain::validation::{optional_email, FormErrors};
use crate::i18n::*;
use crate::model::notifications::{EmailSettings, OutboxEntry, OutboxPage, OUTBOX_PER_PAGE};
use crate::server::accounts::search_text;
use crate::server::db::outbox::{self as store, OutboxRow};
use crate::server::db::{users, Db, DbError};
use crate::server::now_ms;
use crate::ui::components::notice_text::notice_in;
use tracing::instrument;

#[instrument(skip_all)]
pub async fn settings(db: &Db, actor: &Actor) -> Result<EmailSettings, AppError> {
    let user = users::find(db.read(), actor.user_id)
        .await?
        .ok_or(AppError::SignInRequired)?;
    let off = store::opt_outs(db.read(), actor.user_id).await?;
    Ok(EmailSettings {
        address: user.email.unwrap_or_default(),
        kinds: NoticeKind::ALL
            .iter()
            .map(|k| (*k, !off.iter().any(|o| o == k.as_str())))
            .collect(),
    })
}

/// Saves the address (empty: no email at all) and the kinds to receive; the rest are opted out.
#[instrument(skip_all)]
pub async fn save(db: &Db, actor: &Actor, address: &str, kinds: &[String]) -> Result<(), AppError> {
    let mut e = FormErrors::default();
    let Some(address) = e.check("email", optional_email(address)) else {
        return Err(e.into());
    };
    let wanted = chosen(kinds);
    let off: Vec<&str> = NoticeKind::ALL
        .iter()
        .filter(|k| !wanted.contains(k))
        .map(|k| k.as_str())
        .collect();
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
    store::set_opt_outs(&mut tx, actor.user_id, &off).await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(())
}

/// A message's subject and plain-text body, in `locale`; links lead to `origin` when known.
pub fn message(locale: Locale, row: &OutboxRow, origin: Option<&str>) -> (String, String) {
    let who = row.actor.clone().unwrap_or_default();
    let what = notice_in(locale, &row.kind, &who, &row.detail);
    let app = td_string!(locale, app_name);
    let subject = format!("{app}: {}", row.subject);
    let link = format!("{}{}", origin.unwrap_or_default(), row.link);
    let footer = td_string!(locale, notifications.email_footer);
    let body = format!("{what}\n\n{}\n{link}\n\n-- \n{footer}\n", row.subject);
    (subject, body)
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
    match actor {
        None => return Err(AppError::SignInRequired),
        Some(a) if !may(Some(a), Action::Open(Section::Admin), Target::Portal) => {
            return Err(AppError::Forbidden)
        }
        Some(_) => {}
    }
    let page = crate::domain::paging::page_number(page);
    let (rows, total) =
        store::page(db.read(), OUTBOX_PER_PAGE, (page - 1) * OUTBOX_PER_PAGE).await?;
    Ok(OutboxPage {
        rows: rows
            .into_iter()
            .map(|r| {
                let (subject, body) = message(Locale::fa, &r, origin);
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
        pages: ((total + OUTBOX_PER_PAGE - 1) / OUTBOX_PER_PAGE).max(1),
        delivery,
    })
}
