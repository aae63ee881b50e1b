//! Publishing the minutes: the meeting becomes the record (no more changes), and each
//! decision becomes a task on the working group's board, assigned to who carries it out,
//! linked back to the meeting, and announced to them. All in one transaction.
use super::{meeting_link, open};
use crate::api::AppError;
use crate::domain::board_rules::CardKind;
use crate::domain::meeting_rules::task_title;
use crate::domain::permissions::Actor;
use crate::domain::validation::{FieldIssue, FormErrors};
use crate::server::boards::tasks::{add_card_within, card_link};
use crate::server::db::boards::{self as cards, NewCard};
use crate::server::db::meetings::{self as store, DecisionRow};
use crate::server::db::notifications::{self, NewNotification};
use crate::server::db::{Db, DbError};
use crate::server::now_ms;
use sqlx::AnyConnection;
use tracing::instrument;

/// Publishes the meeting if nobody changed it since `version`; returns its board, whose
/// live views should hear of the new tasks.
#[instrument(skip_all)]
pub async fn publish(db: &Db, actor: &Actor, meeting: i64, version: i64) -> Result<i64, AppError> {
    let opened = open(db, Some(actor), meeting).await?.for_record()?;
    let board = opened.row.working_group_id;
    let decisions = store::decisions(db.read(), meeting).await?;
    let now = now_ms();
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    if !store::publish(&mut tx, meeting, version, now).await? {
        let mut e = FormErrors::default();
        e.push("version", FieldIssue::ChangedMeanwhile);
        return Err(AppError::Invalid(e));
    }
    let from = format!("{} — {}", opened.row.title, meeting_link(meeting));
    for decision in decisions.iter().filter(|d| d.card_id.is_none()) {
        task_of(&mut tx, decision, board, &from, actor, now).await?;
    }
    tx.commit().await.map_err(DbError::from)?;
    Ok(board)
}

/// One decision's task: on the board's "to do", due when the decision is, assigned to the
/// person named or the organisation's representatives, who are told.
async fn task_of(
    tx: &mut AnyConnection,
    d: &DecisionRow,
    board: i64,
    from: &str,
    actor: &Actor,
    now: i64,
) -> Result<(), AppError> {
    let title = task_title(&d.text);
    let description = format!("{}\n\n{from}", d.text);
    let card = NewCard {
        working_group_id: board,
        kind: CardKind::Task.as_str(),
        proposal_id: None,
        project_id: None,
        title: &title,
        description: &description,
        lane: Some("todo"),
        due_on: Some(&d.due_on),
        created_by: actor.user_id,
        now,
    };
    let id = add_card_within(&mut *tx, card).await?;
    store::link_card(&mut *tx, d.id, id).await?;
    let responsible = match (d.responsible_user_id, d.responsible_organisation_id) {
        (Some(user), _) => vec![user],
        (None, Some(org)) => store::representatives(&mut *tx, org).await?,
        (None, None) => Vec::new(),
    };
    cards::set_assignees(&mut *tx, id, &responsible).await?;
    let link = card_link(board, id);
    let told = NewNotification {
        kind: "decision_assigned",
        subject: &title,
        detail: "",
        note: "",
        link: &link,
        actor_id: Some(actor.user_id),
        now,
    };
    notifications::notify(&mut *tx, &responsible, &told).await?;
    Ok(())
}
