//! Moving cards without the menu: dragging a card by its grip (mouse, pen or finger, through
//! pointer events) and the arrow keys on a focused card (left and right to the neighbouring
//! column, up and down within the column). Both offer exactly the card's own moves: a task
//! moves at once; a proposal or project opens its "Move to…" menu at that column, for the
//! reason its transition needs; anything else goes back where it was and the board says why.
//! None of this exists before the WASM; then "Move to…" is a plain form.
use super::here;
use crate::api::boards::{MoveBoardCard, NudgeBoardCard};
use crate::domain::validation::FormErrors;
use crate::i18n::*;
use crate::ui::components::field_issue::IssueText;
use crate::ui::components::form_state::{form_errors, form_failure, form_succeeded, FailureAlert};
use crate::ui::components::refresh::refresh_on_success;
use leptos::prelude::*;

/// A drag under way: the card, the pointer, and where the pointer went down.
#[derive(Clone, Copy, Debug)]
#[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
pub(super) struct Drag {
    pub card: i64,
    pub pointer: i32,
    pub x: i32,
    pub y: i32,
    pub moving: bool,
    /// How far the board has scrolled under the drag.
    pub scrolled: i32,
    /// Where the board's left edge is on the screen.
    pub origin: i32,
}

/// The board's drag and key moves; it lives as long as the page, across the board's reloads.
#[derive(Clone, Copy)]
#[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
pub struct CardMoves {
    pub(super) board: Signal<i64>,
    pub(super) drag: StoredValue<Option<Drag>>,
    pub(super) moving: ServerAction<MoveBoardCard>,
    pub(super) nudging: ServerAction<NudgeBoardCard>,
    /// What the board says after a drop or a key: why a card went back, or what to do next.
    pub(super) message: RwSignal<Option<String>>,
    /// The card to give the focus back to once the board is drawn again after a key move.
    pub(super) refocus: StoredValue<Option<i64>>,
    pub(super) back: Signal<String>,
    /// Taken while the page is built: event handlers run outside it.
    pub(super) i18n: leptos_i18n::I18nContext<Locale>,
}

/// Creates the page's card moves.
pub fn card_moves(board: Signal<i64>) -> CardMoves {
    let moving = ServerAction::<MoveBoardCard>::new();
    let nudging = ServerAction::<NudgeBoardCard>::new();
    refresh_on_success(form_succeeded(moving.value()));
    refresh_on_success(form_succeeded(nudging.value()));
    let back = here();
    CardMoves {
        board,
        drag: StoredValue::new(None),
        moving,
        nudging,
        message: RwSignal::new(None),
        refocus: StoredValue::new(None),
        back: Signal::derive(back),
        i18n: use_i18n(),
    }
}

impl CardMoves {
    /// Gives the focus back to the card moved with a key, now that the board is drawn again.
    pub fn restore_focus(&self) {
        #[cfg(feature = "hydrate")]
        if let Some(card) = self.refocus.try_update_value(Option::take).flatten() {
            if let Some(li) = super::drag_dom::card_element(card) {
                let _ = li.focus();
            }
        }
    }

    pub fn pointer_down(&self, _ev: leptos::ev::PointerEvent) {
        #[cfg(feature = "hydrate")]
        super::drag_dom::pointer_down(self, _ev);
    }

    pub fn pointer_move(&self, _ev: leptos::ev::PointerEvent) {
        #[cfg(feature = "hydrate")]
        super::drag_dom::pointer_move(self, _ev);
    }

    pub fn pointer_up(&self, _ev: leptos::ev::PointerEvent) {
        #[cfg(feature = "hydrate")]
        super::drag_dom::pointer_up(self, _ev);
    }

    pub fn pointer_cancel(&self, _ev: leptos::ev::PointerEvent) {
        #[cfg(feature = "hydrate")]
        super::drag_dom::pointer_cancel(self, _ev);
    }

    pub fn key_down(&self, _ev: leptos::ev::KeyboardEvent) {
        #[cfg(feature = "hydrate")]
        super::drag_dom::key_down(self, _ev);
    }
}

/// The board's word on the last drop or key, and the answer to a move it made.
#[component]
pub fn MoveNotice(moves: CardMoves) -> impl IntoView {
    let errors = form_errors(moves.moving.value());
    let failure = form_failure(moves.moving.value());
    let nudge_failure = form_failure(moves.nudging.value());
    let issue = move || {
        let errors: FormErrors = errors.get();
        errors.get("to").or_else(|| errors.get("reason"))
    };
    view! {
        <div class="move-notice" role="alert">
            <p class="notice" hidden=move || moves.message.get().is_none()>{move || moves.message.get()}</p>
            <p class="error" hidden=move || issue().is_none()>
                {move || issue().map(|issue| view! { <IssueText issue /> })}
            </p>
            <FailureAlert failure />
            <FailureAlert failure=nudge_failure />
        </div>
    }
}
