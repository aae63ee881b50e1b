//! A working group's board as its viewers see it, and one card opened.
use super::directory::Named;
use crate::domain::board_rules::{CardKind, Column};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BoardCard {
    pub id: i64,
    pub kind: CardKind,
    pub column: Column,
    pub title: String,
    pub places: Vec<String>,
    pub organisation: String,
    pub assignees: Vec<Named>,
    pub due_on: Option<String>,
    pub overdue: bool,
    pub comments: i64,
    pub stalled: bool,
    pub version: i64,
    /// The proposal's or project's own page.
    pub link: Option<String>,
    /// Where the caller may move it (their role considered), in board order.
    pub moves: Vec<Column>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BoardColumn {
    pub column: Column,
    pub cards: Vec<BoardCard>,
}

/// The board's filters, as they stand in its address.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct BoardFilter {
    pub neighbourhood: Option<i64>,
    pub organisation: String,
    pub assignee: Option<i64>,
    pub mine: bool,
    pub overdue: bool,
}

impl BoardFilter {
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Board {
    pub id: i64,
    pub name: String,
    pub committee_id: i64,
    pub committee: String,
    /// Moves, new tasks and comments (observers only look).
    pub may_work: bool,
    pub columns: Vec<BoardColumn>,
    pub filter: BoardFilter,
    /// What the filters offer: the board's neighbourhoods, organisations and assignees.
    pub neighbourhoods: Vec<Named>,
    pub organisations: Vec<String>,
    pub assignees: Vec<Named>,
    /// The newest event the page reflects: where its live view starts listening.
    pub latest_event: i64,
    pub total_cards: usize,
}

/// A board the caller may open, for `/boards`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BoardLink {
    pub id: i64,
    pub name: String,
    pub committee_id: i64,
    pub committee: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CardComment {
    pub author: String,
    pub body: String,
    pub created_at: i64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CheckItem {
    pub id: i64,
    pub text: String,
    pub done: bool,
    /// The caller may tick or untick it (see `board_rules::may_tick`).
    pub may_tick: bool,
}

/// One line of a card's history: who did what, when (a move says from where to where).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CardEvent {
    pub kind: String,
    pub from: Option<Column>,
    pub to: Option<Column>,
    pub actor: String,
    pub at: i64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CardDetail {
    pub board_id: i64,
    pub board_name: String,
    pub card: BoardCard,
    pub description: String,
    pub comments: Vec<CardComment>,
    pub checklist: Vec<CheckItem>,
    pub history: Vec<CardEvent>,
    /// Who may be assigned: the committee's members with accounts.
    pub members: Vec<Named>,
    pub may_work: bool,
    /// For a meeting's decision turned task: the meeting it was decided in.
    pub meeting: Option<Named>,
}
