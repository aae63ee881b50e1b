//! Server functions of working-group boards: the board, its cards, moves, tasks, comments.
mod add_board_proposal;
mod add_card_check;
mod assign_board_card;
mod board_candidates;
mod comment_board_card;
mod create_board_task;
mod edit_board_card;
mod get_board;
mod get_board_card;
mod move_board_card;
mod my_boards;
mod nudge_board_card;
mod tick_card_check;

pub use add_board_proposal::*;
pub use add_card_check::*;
pub use assign_board_card::*;
pub use board_candidates::*;
pub use comment_board_card::*;
pub use create_board_task::*;
pub use edit_board_card::*;
pub use get_board::*;
pub use get_board_card::*;
pub use move_board_card::*;
pub use my_boards::*;
pub use nudge_board_card::*;
pub use tick_card_check::*;

/// Where a board form returns: the page it was sent from (with its filters), if it is a
/// board's; else the board itself.
#[cfg(feature = "ssr")]
fn back_to(board: i64, back: &str) -> String {
    let prefix = format!("/working-groups/{board}/board");
    let back = crate::domain::validation::safe_next(back);
    if back.starts_with(&prefix) {
        back
    } else {
        prefix
    }
}
