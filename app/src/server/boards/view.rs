//! A board as the caller sees it: every card in its column and order, with its places,
//! assignees, due day, comment count and stalled marker, filtered as the address says.
use super::{moves_for, open, placed};
use crate::api::AppError;
use crate::domain::board_rules::{is_overdue, CardKind, Column};
use crate::domain::permissions::Actor;
use crate::domain::project_rules::StalledRule;
use crate::model::boards::{Board, BoardCard, BoardColumn, BoardFilter};
use crate::model::directory::Named;
use crate::server::db::boards::{self as store, CardRow};
use crate::server::db::{board_events, Db};
use crate::server::projects::stalled_projects;
use crate::server::today_iso;
use tracing::instrument;

/// The board of a working group for the caller.
#[instrument(skip_all)]
pub async fn board(
    db: &Db,
    actor: Option<&Actor>,
    working_group_id: i64,
    filter: BoardFilter,
    rule: StalledRule,
) -> Result<Board, AppError> {
    let opened = open(db, actor, working_group_id).await?;
    let actor = actor.ok_or(AppError::SignInRequired)?;
    let pool = db.read();
    // The event id first: a change landing while the cards are read is replayed, not lost.
    let latest_event = board_events::latest(pool, working_group_id).await?;
    let rows = store::cards(pool, working_group_id).await?;
    let places = store::places(pool, working_group_id).await?;
    let assigned = store::assignees(pool, working_group_id).await?;
    let stalled = if rows
        .iter()
        .any(|r| r.project_status.as_deref() == Some("active"))
    {
        stalled_projects(db, rule).await?
    } else {
        Vec::new()
    };
    let today = today_iso();
    let all: Vec<BoardCard> = rows
        .iter()
        .filter_map(|row| {
            let (kind, column) = placed(row)?;
            let around = Around {
                places: &places,
                assigned: &assigned,
                today: &today,
            };
            let mut card = card_of(row, kind, column, &around);
            card.stalled = row.project_id.is_some_and(|p| stalled.contains(&p));
            card.moves = moves_for(actor, &opened, row, kind, column);
            Some(card)
        })
        .collect();
    let neighbourhoods = choices(&places);
    let mut organisations: Vec<String> = all
        .iter()
        .map(|c| c.organisation.clone())
        .filter(|o| !o.is_empty())
        .collect();
    organisations.sort();
    organisations.dedup();
    let mut assignees: Vec<Named> = assigned
        .iter()
        .map(|(_, id, name)| Named {
            id: *id,
            name: name.clone(),
        })
        .collect();
    assignees.sort_by(|a, b| a.name.cmp(&b.name));
    assignees.dedup();
    let total_cards = all.len();
    let columns = Column::ALL
        .iter()
        .map(|column| BoardColumn {
            column: *column,
            cards: all
                .iter()
                .filter(|c| c.column == *column && passes(c, &filter, actor.user_id, &places))
                .cloned()
                .collect(),
        })
        .collect();
    Ok(Board {
        id: opened.group.id,
        name: opened.group.name.clone(),
        committee_id: opened.group.committee_id,
        committee: opened.group.committee.clone(),
        may_work: opened.may_work(),
        columns,
        filter,
        neighbourhoods,
        organisations,
        assignees,
        latest_event,
        total_cards,
    })
}

/// What a card shows besides its row: the board's places and assignees, read once for all.
pub(crate) struct Around<'a> {
    pub places: &'a [(i64, i64, String)],
    pub assigned: &'a [(i64, i64, String)],
    pub today: &'a str,
}

/// A card as shown, without the caller's moves and the stalled marker (the caller adds them).
pub(crate) fn card_of(row: &CardRow, kind: CardKind, column: Column, around: &Around) -> BoardCard {
    BoardCard {
        id: row.id,
        kind,
        column,
        title: row.title.clone(),
        places: around
            .places
            .iter()
            .filter(|(c, _, _)| *c == row.id)
            .map(|(_, _, name)| name.clone())
            .collect(),
        organisation: row.organisation.clone(),
        assignees: around
            .assigned
            .iter()
            .filter(|(c, _, _)| *c == row.id)
            .map(|(_, id, name)| Named {
                id: *id,
                name: name.clone(),
            })
            .collect(),
        due_on: row.due_on.clone(),
        overdue: is_overdue(row.due_on.as_deref(), column, around.today),
        comments: row.comments,
        stalled: false,
        version: row.version,
        link: link_of(row, kind),
        moves: Vec::new(),
    }
}

fn link_of(row: &CardRow, kind: CardKind) -> Option<String> {
    match kind {
        CardKind::Task => None,
        CardKind::Project => row.project_id.map(|id| format!("/projects/{id}")),
        CardKind::Proposal => row.proposal_id.map(|id| format!("/proposals/{id}")),
    }
}

fn choices(places: &[(i64, i64, String)]) -> Vec<Named> {
    let mut list: Vec<Named> = places
        .iter()
        .map(|(_, id, name)| Named {
            id: *id,
            name: name.clone(),
        })
        .collect();
    list.sort_by(|a, b| a.name.cmp(&b.name).then(a.id.cmp(&b.id)));
    list.dedup();
    list
}

fn passes(card: &BoardCard, f: &BoardFilter, me: i64, places: &[(i64, i64, String)]) -> bool {
    let in_place = |n: i64| places.iter().any(|(c, id, _)| *c == card.id && *id == n);
    f.neighbourhood.is_none_or(in_place)
        && (f.organisation.is_empty() || card.organisation == f.organisation)
        && f.assignee
            .is_none_or(|a| card.assignees.iter().any(|p| p.id == a))
        && (!f.mine || card.assignees.iter().any(|p| p.id == me))
        && (!f.overdue || card.overdue)
}
