//! One card opened: its text, comments, checklist, history of moves and who may be assigned.
use super::view::{card_of, Around};
use super::{moves_for, open, placed};
use crate::api::AppError;
use crate::domain::board_rules::{may_tick, Column};
use crate::domain::permissions::Actor;
use crate::model::boards::{CardComment, CardDetail, CardEvent, CheckItem};
use crate::model::directory::Named;
use crate::server::db::{board_events, boards as store, Db};
use crate::server::today_iso;
use tracing::instrument;

#[instrument(skip_all)]
pub async fn card_detail(
    db: &Db,
    actor: Option<&Actor>,
    working_group_id: i64,
    card_id: i64,
) -> Result<CardDetail, AppError> {
    let opened = open(db, actor, working_group_id).await?;
    let actor = actor.ok_or(AppError::SignInRequired)?;
    let pool = db.read();
    let row = store::card(pool, card_id)
        .await?
        .filter(|r| r.working_group_id == working_group_id)
        .ok_or(AppError::NotFound)?;
    let (kind, column) = placed(&row).ok_or(AppError::NotFound)?;
    let places = store::places(pool, working_group_id).await?;
    let assigned = store::assignees(pool, working_group_id).await?;
    let today = today_iso();
    let named = |(id, name): (i64, String)| Named { id, name };
    let around = Around {
        places: &places,
        assigned: &assigned,
        today: &today,
    };
    let mut card = card_of(&row, kind, column, &around);
    card.moves = moves_for(actor, &opened, &row, kind, column);
    let comments = board_events::comments(pool, card_id)
        .await?
        .into_iter()
        .map(|c| CardComment {
            author: c.author,
            body: c.body,
            created_at: c.created_at,
        })
        .collect();
    let assignees: Vec<i64> = assigned
        .iter()
        .filter(|(card, _, _)| *card == card_id)
        .map(|(_, user, _)| *user)
        .collect();
    let seat = actor.committee_role(opened.group.committee_id);
    let checklist = board_events::checklist(pool, card_id)
        .await?
        .into_iter()
        .map(|c| CheckItem {
            may_tick: opened.may_work()
                && may_tick(
                    actor.user_id,
                    actor.is_staff(),
                    seat,
                    c.created_by,
                    &assignees,
                ),
            id: c.id,
            text: c.text,
            done: c.done_at.is_some(),
        })
        .collect();
    let history = board_events::of_card(pool, card_id)
        .await?
        .into_iter()
        .filter(|e| matches!(e.kind.as_str(), "created" | "moved"))
        .map(|e| {
            let (from, to) = e.detail.split_once('>').unwrap_or_default();
            CardEvent {
                kind: e.kind,
                from: Column::parse(from),
                to: Column::parse(to),
                actor: e.actor.unwrap_or_default(),
                at: e.created_at,
            }
        })
        .collect();
    let members = store::committee_accounts(pool, opened.group.committee_id, &today)
        .await?
        .into_iter()
        .map(named)
        .collect();
    let meeting = crate::server::db::meetings::decision_of_card(pool, card_id)
        .await?
        .map(|d| named((d.meeting_id, d.meeting_title)));
    Ok(CardDetail {
        board_id: working_group_id,
        board_name: opened.group.name.clone(),
        description: row.description.clone(),
        card,
        comments,
        checklist,
        history,
        members,
        may_work: opened.may_work(),
        meeting,
    })
}
