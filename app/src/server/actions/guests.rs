//! An action's guests and the problems raised with them: those who run the action invite
//! guests and record who came; a problem raised may become a follow-up task on a board the
//! caller works on.
use super::manages;
use crate::api::AppError;
use crate::domain::action_rules::{ActionState, GuestKind};
use crate::domain::board_rules::{TaskText, TASK_TITLE_MAX};
use crate::domain::directory_rules::{self as rules, required_text, LONG_TEXT_MAX, TITLE_MAX};
use crate::domain::permissions::Actor;
use crate::domain::validation::{FieldIssue, FormErrors};
use crate::model::actions::{GuestView, ProblemView, TaskLink};
use crate::model::directory::Named;
use crate::server::boards::mine::my_boards;
use crate::server::boards::tasks::create_task;
use crate::server::centres::forms::one_of;
use crate::server::db::action_guests as store;
use crate::server::db::local_actions::{self as actions, ActionRow};
use crate::server::db::{audit, organisations, Db, DbError};
use crate::server::now_ms;
use serde_json::json;
use tracing::instrument;

pub(crate) async fn guest_views(db: &Db, action_id: i64) -> Result<Vec<GuestView>, AppError> {
    Ok(store::guests(db.read(), action_id)
        .await?
        .into_iter()
        .map(|g| GuestView {
            id: g.id,
            name: g.name,
            kind: GuestKind::parse(&g.kind).unwrap_or(GuestKind::Other),
            organisation: g
                .organisation_id
                .zip(g.organisation)
                .map(|(id, name)| Named { id, name }),
            came: g.came.map(|c| c != 0),
        })
        .collect())
}

pub(crate) async fn problem_views(db: &Db, action_id: i64) -> Result<Vec<ProblemView>, AppError> {
    Ok(store::problems(db.read(), action_id)
        .await?
        .into_iter()
        .map(|p| ProblemView {
            id: p.id,
            problem: p.problem,
            guest: p.guest,
            task: p
                .card_id
                .zip(p.working_group_id)
                .map(|(card_id, wg)| TaskLink {
                    working_group: Named {
                        id: wg,
                        name: p.working_group.unwrap_or_default(),
                    },
                    card_id,
                    done: p.lane.as_deref() == Some("done"),
                }),
        })
        .collect())
}

/// What the forms of those who run the action offer: the boards they work on, and the
/// directory's verified organisations a guest may come from.
pub(crate) async fn choices(db: &Db, actor: &Actor) -> Result<(Vec<Named>, Vec<Named>), AppError> {
    let boards = my_boards(db, Some(actor))
        .await?
        .into_iter()
        .map(|b| Named {
            id: b.id,
            name: format!("{} \u{2014} {}", b.committee, b.name),
        })
        .collect();
    let organisations = organisations::verified_of_kind(db.read(), "")
        .await?
        .into_iter()
        .map(|(id, name)| Named { id, name })
        .collect();
    Ok((boards, organisations))
}

/// The action, if the caller runs it.
async fn managed(db: &Db, actor: &Actor, action_id: i64) -> Result<ActionRow, AppError> {
    let row = actions::find(db.read(), action_id)
        .await?
        .ok_or(AppError::NotFound)?;
    if manages(Some(actor), &row) {
        Ok(row)
    } else {
        Err(AppError::Forbidden)
    }
}

#[derive(Clone, Debug, Default)]
pub struct GuestInput {
    pub name: String,
    pub kind: String,
    /// An organisation of the directory (optional).
    pub organisation: String,
}

/// Invites a guest to an open action.
#[instrument(skip_all)]
pub async fn invite(
    db: &Db,
    actor: &Actor,
    action_id: i64,
    input: &GuestInput,
) -> Result<i64, AppError> {
    let row = managed(db, actor, action_id).await?;
    if row.state != ActionState::Published.as_str() {
        return Err(AppError::NotNow);
    }
    let mut errors = FormErrors::default();
    let name = errors.check("guest_name", rules::title(&input.name, 2, TITLE_MAX));
    let kind = errors.check("guest_kind", rules::choice(&input.kind, GuestKind::parse));
    let organisation = match input.organisation.trim() {
        "" => Some(None),
        typed => {
            let known = organisations::verified_of_kind(db.read(), "").await?;
            errors
                .check(
                    "guest_organisation",
                    one_of(typed, known.iter().map(|(id, _)| *id)),
                )
                .map(Some)
        }
    };
    let (Some(name), Some(kind), Some(organisation)) = (name, kind, organisation) else {
        return Err(errors.into());
    };
    let now = now_ms();
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    let id = store::insert_guest(
        &mut tx,
        action_id,
        &name,
        kind.as_str(),
        organisation,
        actor.user_id,
        now,
    )
    .await?;
    let after = json!({ "action": action_id, "name": name, "kind": kind.as_str() });
    audit::change(
        &mut tx,
        Some(actor.user_id),
        "action.invite",
        "action_guest",
        id,
        after,
        now,
    )
    .await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(id)
}

/// Records whether a guest came.
#[instrument(skip_all)]
pub async fn mark(db: &Db, actor: &Actor, guest_id: i64, came: bool) -> Result<i64, AppError> {
    let guest = store::guest(db.read(), guest_id)
        .await?
        .ok_or(AppError::NotFound)?;
    managed(db, actor, guest.action_id).await?;
    let now = now_ms();
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    store::set_came(&mut tx, guest_id, came).await?;
    let after = json!({ "came": came });
    audit::change(
        &mut tx,
        Some(actor.user_id),
        "action.guest_came",
        "action_guest",
        guest_id,
        after,
        now,
    )
    .await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(guest.action_id)
}

#[derive(Clone, Debug, Default)]
pub struct ProblemInput {
    pub problem: String,
    /// The guest it was raised with (optional).
    pub guest: String,
    /// The working group whose board gets a follow-up task (optional).
    pub board: String,
}

/// Records a problem raised at the action; with a board chosen, it becomes a task in that
/// board's "to do" (the caller must work on that board).
#[instrument(skip_all)]
pub async fn raise(
    db: &Db,
    actor: &Actor,
    action_id: i64,
    input: &ProblemInput,
) -> Result<i64, AppError> {
    let row = managed(db, actor, action_id).await?;
    let mut errors = FormErrors::default();
    let problem = errors.check("problem", required_text(&input.problem, LONG_TEXT_MAX));
    let guests = store::guests(db.read(), action_id).await?;
    let guest = match input.guest.trim() {
        "" => Some(None),
        typed => errors
            .check("problem_guest", one_of(typed, guests.iter().map(|g| g.id)))
            .map(Some),
    };
    let board = match input.board.trim() {
        "" => Some(None),
        typed => typed.parse::<i64>().ok().map(Some).or_else(|| {
            errors.push("board", FieldIssue::InvalidChoice);
            None
        }),
    };
    let (Some(problem), Some(guest), Some(board)) = (problem, guest, board) else {
        return Err(errors.into());
    };
    let card = match board {
        None => None,
        Some(working_group) => {
            let title: String = problem.chars().take(TASK_TITLE_MAX as usize).collect();
            let raised_with = guest
                .and_then(|g| guests.iter().find(|x| x.id == g))
                .map(|g| format!(" ({})", g.name))
                .unwrap_or_default();
            let text = TaskText {
                title: title.split_whitespace().collect::<Vec<_>>().join(" "),
                description: format!("{}{raised_with}\n/actions/{action_id}", row.title),
                due_on: String::new(),
            };
            match create_task(db, actor, working_group, text).await {
                Ok(card) => Some(card),
                Err(AppError::Forbidden | AppError::NotFound) => {
                    return Err(AppError::invalid("board", FieldIssue::InvalidChoice))
                }
                Err(e) => return Err(e),
            }
        }
    };
    let now = now_ms();
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    let id = store::insert_problem(
        &mut tx,
        action_id,
        guest,
        &problem,
        card,
        actor.user_id,
        now,
    )
    .await?;
    let after = json!({ "action": action_id, "card": card });
    audit::change(
        &mut tx,
        Some(actor.user_id),
        "action.problem",
        "action_problem",
        id,
        after,
        now,
    )
    .await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(id)
}
