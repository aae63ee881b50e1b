//! What members write on a board: new tasks, a card's text and due day (versioned), its
//! assignees, comments with @mentions, and a task's checklist. Each write is one board event.
use super::{open, placed, Opened};
use crate::api::AppError;
use crate::domain::board_rules::{check_task, may_tick, CardKind, TaskText, CARD_TEXT_MAX};
use crate::domain::directory_rules::required_text;
use crate::domain::mentions::mentioned;
use crate::domain::permissions::Actor;
use crate::domain::validation::{FieldIssue, FormErrors};
use crate::server::db::board_events::{self, NewEvent};
use crate::server::db::boards::{self as store, CardEdit, CardRow, NewCard};
use crate::server::db::notifications::{self, NewNotification};
use crate::server::db::{mentions, Db, DbError};
use crate::server::{now_ms, today_iso};
use sqlx::AnyConnection;
use tracing::instrument;

async fn event(
    conn: &mut AnyConnection,
    card: &CardRow,
    kind: &str,
    actor: &Actor,
    now: i64,
) -> Result<i64, DbError> {
    board_events::record(
        conn,
        NewEvent {
            working_group_id: card.working_group_id,
            card_id: Some(card.id),
            kind,
            detail: "",
            actor_id: actor.user_id,
            now,
        },
    )
    .await
}

/// The card, opened for work by the caller.
async fn workable(db: &Db, actor: &Actor, card_id: i64) -> Result<(CardRow, Opened), AppError> {
    let row = store::card(db.read(), card_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let opened = open(db, Some(actor), row.working_group_id)
        .await?
        .for_work()?;
    placed(&row).ok_or(AppError::NotFound)?;
    Ok((row, opened))
}

/// Adds a task to the board's "to do"; returns its id.
#[instrument(skip_all)]
pub async fn create_task(
    db: &Db,
    actor: &Actor,
    working_group_id: i64,
    text: TaskText,
) -> Result<i64, AppError> {
    open(db, Some(actor), working_group_id).await?.for_work()?;
    let fields = check_task(&text).map_err(|e| AppError::Invalid(typed(&text, e)))?;
    let due = fields.due_on.map(|d| d.to_string());
    let card = NewCard {
        working_group_id,
        kind: CardKind::Task.as_str(),
        proposal_id: None,
        project_id: None,
        title: &fields.title,
        description: &fields.description,
        lane: Some("todo"),
        due_on: due.as_deref(),
        created_by: actor.user_id,
        now: now_ms(),
    };
    add_card(db, card).await
}

/// Changes a card's text and due day if nobody changed the card since `version`; otherwise
/// `Conflict`, and the caller shows the fresh card beside what they typed.
#[instrument(skip_all)]
pub async fn edit_card(
    db: &Db,
    actor: &Actor,
    card_id: i64,
    version: i64,
    text: TaskText,
) -> Result<(), AppError> {
    let (row, _) = workable(db, actor, card_id).await?;
    let keep = |e: FormErrors| typed(&text, e);
    // A proposal's or project's title belongs to its own page; here only its note and day.
    let text = if row.kind == CardKind::Task.as_str() {
        text.clone()
    } else {
        TaskText {
            title: row.title.clone(),
            ..text.clone()
        }
    };
    let fields = check_task(&text).map_err(|e| AppError::Invalid(keep(e)))?;
    if row.version != version {
        return Err(AppError::Invalid(stale(&row, keep(FormErrors::default()))));
    }
    let due = fields.due_on.map(|d| d.to_string());
    let now = now_ms();
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    let edited = store::edit(
        &mut tx,
        CardEdit {
            id: row.id,
            version,
            title: if row.kind == CardKind::Task.as_str() {
                &fields.title
            } else {
                ""
            },
            description: &fields.description,
            due_on: due.as_deref(),
            now,
        },
    )
    .await?;
    if !edited {
        let fresh = store::card(db.read(), card_id)
            .await?
            .ok_or(AppError::NotFound)?;
        return Err(AppError::Invalid(stale(
            &fresh,
            keep(FormErrors::default()),
        )));
    }
    event(&mut tx, &row, "edited", actor, now).await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(())
}

/// Replaces a card's assignees: only accounts holding a seat on the committee.
#[instrument(skip_all)]
pub async fn assign(db: &Db, actor: &Actor, card_id: i64, users: &[i64]) -> Result<(), AppError> {
    let (row, opened) = workable(db, actor, card_id).await?;
    let seated =
        store::committee_accounts(db.read(), opened.group.committee_id, &today_iso()).await?;
    if users.iter().any(|u| !seated.iter().any(|(id, _)| id == u)) {
        return Err(AppError::invalid("assignees", FieldIssue::InvalidChoice));
    }
    let now = now_ms();
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    store::set_assignees(&mut tx, row.id, users).await?;
    event(&mut tx, &row, "assigned", actor, now).await?;
    let link = card_link(row.working_group_id, row.id);
    let told = NewNotification {
        kind: "card_assigned",
        subject: &row.title,
        detail: "",
        note: "",
        link: &link,
        actor_id: Some(actor.user_id),
        now,
    };
    notifications::notify(&mut tx, users, &told).await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(())
}

/// A comment on a card; those `@mentioned` who may open the board are told.
#[instrument(skip_all)]
pub async fn comment(db: &Db, actor: &Actor, card_id: i64, body: &str) -> Result<(), AppError> {
    let (row, opened) = workable(db, actor, card_id).await?;
    let body = required_text(body, CARD_TEXT_MAX).map_err(|i| {
        let mut e = FormErrors::default();
        e.push("body", i);
        e.keep("body", body);
        AppError::Invalid(e)
    })?;
    let named = mentions::board_members_named(
        db.read(),
        opened.group.committee_id,
        &mentioned(&body),
        &today_iso(),
    )
    .await?;
    let now = now_ms();
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    board_events::add_comment(&mut tx, row.id, actor.user_id, &body, now).await?;
    event(&mut tx, &row, "commented", actor, now).await?;
    let link = card_link(row.working_group_id, row.id);
    let told = NewNotification {
        kind: "mention",
        subject: &row.title,
        detail: "",
        note: "",
        link: &link,
        actor_id: Some(actor.user_id),
        now,
    };
    notifications::notify(&mut tx, &named, &told).await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(())
}

/// Adds an item to a task's checklist.
#[instrument(skip_all)]
pub async fn add_check(db: &Db, actor: &Actor, card_id: i64, text: &str) -> Result<(), AppError> {
    let (row, _) = workable(db, actor, card_id).await?;
    if row.kind != CardKind::Task.as_str() {
        return Err(AppError::BadRequest);
    }
    let text = required_text(text, 300).map_err(|i| AppError::invalid("item", i))?;
    let now = now_ms();
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    board_events::add_check(&mut tx, row.id, &text, actor.user_id).await?;
    event(&mut tx, &row, "checked", actor, now).await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(())
}

/// Ticks (or unticks) an item of a task's checklist.
#[instrument(skip_all)]
pub async fn tick(
    db: &Db,
    actor: &Actor,
    card_id: i64,
    item_id: i64,
    done: bool,
) -> Result<(), AppError> {
    let (row, opened) = workable(db, actor, card_id).await?;
    let author = board_events::check_author(db.read(), row.id, item_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let assignees: Vec<i64> = store::assignees(db.read(), row.working_group_id)
        .await?
        .into_iter()
        .filter(|(card, _, _)| *card == row.id)
        .map(|(_, user, _)| user)
        .collect();
    let seat = actor.committee_role(opened.group.committee_id);
    if !may_tick(actor.user_id, actor.is_staff(), seat, author, &assignees) {
        return Err(AppError::Forbidden);
    }
    let now = now_ms();
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    let by = done.then_some(actor.user_id);
    if !board_events::set_check(&mut tx, row.id, item_id, by, now).await? {
        return Err(AppError::NotFound);
    }
    event(&mut tx, &row, "checked", actor, now).await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(())
}

/// The issues, with what was typed kept so the form comes back filled.
fn typed(text: &TaskText, mut e: FormErrors) -> FormErrors {
    e.keep("title", &text.title);
    e.keep("description", &text.description);
    e.keep("due_on", &text.due_on);
    e
}

/// Puts a new card on its board and logs its arrival, in one transaction.
pub(crate) async fn add_card(db: &Db, card: NewCard<'_>) -> Result<i64, AppError> {
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    let id = add_card_within(&mut tx, card).await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(id)
}

/// Puts a new card on its board and logs its arrival, within the caller's transaction.
pub(crate) async fn add_card_within(
    conn: &mut AnyConnection,
    card: NewCard<'_>,
) -> Result<i64, DbError> {
    let (board, actor_id, now) = (card.working_group_id, card.created_by, card.now);
    let id = store::insert(&mut *conn, card).await?;
    let created = NewEvent {
        working_group_id: board,
        card_id: Some(id),
        kind: "created",
        detail: "",
        actor_id,
        now,
    };
    board_events::record(conn, created).await?;
    Ok(id)
}

/// A card's own page.
pub(crate) fn card_link(board: i64, card: i64) -> String {
    format!("/working-groups/{board}/board/cards/{card}")
}

/// An edit refused because the card changed since the form was opened: the form keeps what
/// was typed, learns the current version (saving again applies the typed text knowingly) and
/// shows the card as it is now.
fn stale(current: &CardRow, mut typed: FormErrors) -> FormErrors {
    typed.push("version", FieldIssue::ChangedMeanwhile);
    typed.keep("version", &current.version.to_string());
    typed.keep("current_title", &current.title);
    typed.keep("current_description", &current.description);
    typed.keep("current_due_on", current.due_on.as_deref().unwrap_or(""));
    typed
}
