//! "Move to…": every move the caller may make with a card, as buttons of one form, with the
//! reason some transitions need, and up/down within the column. A keyboard and screen-reader
//! path, and without JavaScript a plain form.
//!
//! On the board (`lazy`) the server draws only the menu: a board of hundreds of cards would
//! otherwise carry hundreds of forms nobody opened. The board's island puts the forms in when a
//! menu opens; before (and without) it, an opened menu offers the card's own page, where the
//! same form works without JavaScript.
use super::here;
use crate::api::boards::{MoveBoardCard, NudgeBoardCard};
use crate::domain::board_rules::{CardKind, Column};
use crate::i18n::*;
use crate::model::boards::BoardCard;
use crate::ui::components::board_labels;
use crate::ui::components::field_issue::IssueText;
use crate::ui::components::form_state::{form_errors, form_failure, form_succeeded, FailureAlert};
use crate::ui::components::id_scope::scoped_id;
use crate::ui::components::refresh::refresh_on_success;
use leptos::prelude::*;

/// What a card's "Move to…" forms need to know of it: from the card, or on the board from what
/// the page says of it.
#[derive(Clone, Debug, PartialEq)]
pub struct MoveTarget {
    pub id: i64,
    pub version: i64,
    pub kind: CardKind,
    pub title: String,
    pub moves: Vec<Column>,
}

impl From<&BoardCard> for MoveTarget {
    fn from(card: &BoardCard) -> Self {
        MoveTarget {
            id: card.id,
            version: card.version,
            kind: card.kind,
            title: card.title.clone(),
            moves: card.moves.clone(),
        }
    }
}

#[component]
pub fn MoveMenu(board: i64, card: MoveTarget, #[prop(optional)] lazy: bool) -> impl IntoView {
    let i18n = use_i18n();
    let opened = RwSignal::new(!lazy);
    let title = card.title.clone();
    let page = format!("/working-groups/{board}/board/cards/{}#move-h", card.id);
    view! {
        <details
            class="move-menu"
            // On the card's own page the menu is open and is where the board's menus point.
            id=(!lazy).then_some("move-h")
            open=!lazy
            // In the card's dialog (drawn in the browser) the forms come as the menu opens; on
            // the board, drawn by the server, its island puts them in.
            on:toggle=move |ev| {
                let open = event_target::<leptos::web_sys::HtmlDetailsElement>(&ev).open();
                if open {
                    opened.set(true);
                }
            }
        >
            <summary>{t!(i18n, boards.move_to)}<span class="visually-hidden">" "{title}</span></summary>
            {move || if opened.get() {
                view! { <MoveForms board card=card.clone() /> }.into_any()
            } else {
                view! { <p class="move-fallback"><a href=page.clone()>{t!(i18n, boards.move_on_page)}</a></p> }.into_any()
            }}
        </details>
    }
}

#[component]
pub fn MoveForms(board: i64, card: MoveTarget) -> impl IntoView {
    let i18n = use_i18n();
    let back = here();
    let move_action = ServerAction::<MoveBoardCard>::new();
    let nudge = ServerAction::<NudgeBoardCard>::new();
    let errors = form_errors(move_action.value());
    let failure = form_failure(move_action.value());
    let nudge_failure = form_failure(nudge.value());
    refresh_on_success(form_succeeded(move_action.value()));
    refresh_on_success(form_succeeded(nudge.value()));
    let issue = move || {
        errors
            .get()
            .get("to")
            .or_else(|| errors.get().get("reason"))
    };
    let reason_id = scoped_id(&format!("reason-{}", card.id));
    let error_id = scoped_id(&format!("move-{}-error", card.id));
    let needs_reason = card.kind != CardKind::Task;
    let (id, version) = (card.id, card.version);
    view! {
        <FailureAlert failure />
        <FailureAlert failure=nudge_failure />
        <ActionForm action=move_action attr:novalidate=true attr:class="move-form">
            <input type="hidden" name="board" value=board />
            <input type="hidden" name="card" value=id />
            <input type="hidden" name="version" value=version />
            <input type="hidden" name="back" value=back />
            {needs_reason.then(|| view! {
                <label for=reason_id.clone()>{t!(i18n, boards.reason)}</label>
                <textarea id=reason_id.clone() name="reason" rows="2"></textarea>
            })}
            {if card.moves.is_empty() {
                view! { <p class="muted">{t!(i18n, boards.no_moves)}</p> }.into_any()
            } else {
                card.moves.iter().map(|to| view! {
                    <button type="submit" name="to" value=to.as_str() class="button secondary">
                        {board_labels::column(*to)}
                    </button>
                }).collect_view().into_any()
            }}
            <p class="error" id=error_id role="alert" hidden=move || issue().is_none()>
                {move || issue().map(|issue| view! { <IssueText issue /> })}
            </p>
        </ActionForm>
        <ActionForm action=nudge attr:novalidate=true attr:class="nudge-form">
            <input type="hidden" name="board" value=board />
            <input type="hidden" name="card" value=id />
            <input type="hidden" name="version" value=version />
            <input type="hidden" name="back" value=back />
            <button type="submit" name="direction" value="up" class="button secondary">{t!(i18n, boards.up)}</button>
            <button type="submit" name="direction" value="down" class="button secondary">{t!(i18n, boards.down)}</button>
        </ActionForm>
    }
}
