//! The words for board columns and card kinds.
use crate::domain::board_rules::{CardKind, Column};
use crate::i18n::*;

pub fn column(c: Column) -> String {
    let i18n = use_i18n();
    match c {
        Column::Submitted => t_string!(i18n, boards.col_submitted),
        Column::InReview => t_string!(i18n, boards.col_in_review),
        Column::RevisionRequested => t_string!(i18n, boards.col_revision_requested),
        Column::Recommended => t_string!(i18n, boards.col_recommended),
        Column::Approved => t_string!(i18n, boards.col_approved),
        Column::Active => t_string!(i18n, boards.col_active),
        Column::Completed => t_string!(i18n, boards.col_completed),
        Column::Closed => t_string!(i18n, boards.col_closed),
        Column::Todo => t_string!(i18n, boards.col_todo),
        Column::Doing => t_string!(i18n, boards.col_doing),
        Column::Done => t_string!(i18n, boards.col_done),
    }
    .to_string()
}

pub fn kind(k: CardKind) -> String {
    let i18n = use_i18n();
    match k {
        CardKind::Proposal => t_string!(i18n, boards.kind_proposal),
        CardKind::Project => t_string!(i18n, boards.kind_project),
        CardKind::Task => t_string!(i18n, boards.kind_task),
    }
    .to_string()
}

/// A person's initials for a card's corner: the first letter of the first two words.
pub fn initials(name: &str) -> String {
    name.split_whitespace()
        .take(2)
        .filter_map(|w| w.chars().next())
        .collect()
}
