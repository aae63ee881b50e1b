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
    crate::domain::redirects::safe_target_within(back, &format!("/working-groups/{board}/board"))
}

/// Sends a form posted without JavaScript on to `path`. A form sent by the WASM stays where
/// it is (the board, a card's page or its dialog over the board) and reloads its own data;
/// following the redirect there would leave the dialog for the card's page.
#[cfg(feature = "ssr")]
fn return_plain_form_to(path: &str) {
    // The server-function client asks for its own encoding; a browser's form asks for HTML.
    let plain_form = leptos::prelude::use_context::<http::request::Parts>().is_some_and(|parts| {
        parts
            .headers
            .get(http::header::ACCEPT)
            .and_then(|accept| accept.to_str().ok())
            .is_some_and(|accept| accept.contains("text/html"))
    });
    if plain_form {
        leptos_axum::redirect(path);
    }
}
