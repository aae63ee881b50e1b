//! The browser's side of the board's drag and key moves: reading the cards and columns from
//! the page, following the pointer, and carrying out what a drop or key means.
use super::drag::{CardMoves, Drag};
use super::move_menu::MoveTarget;
use crate::api::boards::{MoveBoardCard, NudgeBoardCard};
use crate::domain::board_rules::{CardKind, Column};
use crate::domain::card_drops::{column_after, drop_verdict, key_step, DropVerdict, KeyStep};
use crate::i18n::*;
use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use leptos::web_sys::{Element, HtmlElement};

/// How far (in pixels, squared) a pointer travels before a press becomes a drag.
const DRAG_START: i32 = 36;

pub fn card_element(card: i64) -> Option<HtmlElement> {
    document()
        .get_element_by_id(&format!("card-{card}"))?
        .dyn_into()
        .ok()
}

fn target(ev: &leptos::web_sys::Event) -> Option<Element> {
    ev.target()?.dyn_into::<Element>().ok()
}

fn closest(el: &Element, selector: &str) -> Option<Element> {
    el.closest(selector).ok().flatten()
}

/// What the page tells about a card: its id, version, kind, column and moves.
struct CardFacts {
    id: i64,
    version: i64,
    task: bool,
    title: String,
    column: String,
    moves: Vec<String>,
}

fn facts(li: &Element) -> Option<CardFacts> {
    let data = |name: &str| li.get_attribute(name).unwrap_or_default();
    Some(CardFacts {
        id: data("data-card").parse().ok()?,
        version: data("data-version").parse().ok()?,
        task: data("data-kind") == "task",
        title: li
            .query_selector("h3")
            .ok()
            .flatten()
            .and_then(|h| h.text_content())
            .unwrap_or_default()
            .trim()
            .to_string(),
        column: closest(li, "[data-column]")?.get_attribute("data-column")?,
        moves: data("data-moves")
            .split_whitespace()
            .map(str::to_string)
            .collect(),
    })
}

/// What the "Move to…" forms need of a card, from what the page says of it.
pub fn move_target(li: &Element) -> Option<MoveTarget> {
    let kind = CardKind::parse(&li.get_attribute("data-kind")?)?;
    let card = facts(li)?;
    Some(MoveTarget {
        id: card.id,
        version: card.version,
        kind,
        title: card.title,
        moves: card.moves.iter().filter_map(|m| Column::parse(m)).collect(),
    })
}

fn column_name(code: &str) -> String {
    document()
        .query_selector(&format!("[data-column=\"{code}\"]"))
        .ok()
        .flatten()
        .and_then(|c| c.get_attribute("data-name"))
        .unwrap_or_else(|| code.to_string())
}

/// How far an element sits from the board's own left edge, in the board's scrolled content.
fn left_in_board(el: &HtmlElement) -> Option<i32> {
    let mut left = 0;
    let mut at = el.clone();
    loop {
        left += at.offset_left();
        let parent = at.offset_parent()?;
        if parent.class_list().contains("board") {
            return Some(left);
        }
        at = parent.dyn_into().ok()?;
    }
}

/// Where the board's left edge is on the screen, from the press on a grip: the press's place
/// less its place within the grip and the grip's place within the board.
fn board_origin(grip: &Element, ev: &leptos::ev::PointerEvent) -> i32 {
    let grip: Option<&HtmlElement> = grip.dyn_ref();
    let board = grip.and_then(|g| closest(g, ".board"));
    match (grip.and_then(left_in_board), board) {
        (Some(left), Some(board)) => ev.client_x() - ev.offset_x() - (left - board.scroll_left()),
        _ => 0,
    }
}

/// The column under the pointer, by its place across the board: the whole height of a column's
/// strip counts, so a short column (its top scrolled away) still takes a card dropped below it.
/// Off the board, no column.
fn column_at(li: &HtmlElement, origin: i32, x: i32, y: i32) -> Option<Element> {
    let style = li.style();
    let _ = style.set_property("visibility", "hidden");
    let under = document().element_from_point(x as f32, y as f32);
    let _ = style.remove_property("visibility");
    let board = closest(&under?, ".board")?;
    let across = x - origin + board.scroll_left();
    let mut next = board.first_element_child();
    while let Some(column) = next {
        if let Some(c) = column.dyn_ref::<HtmlElement>() {
            if (c.offset_left()..c.offset_left() + c.offset_width()).contains(&across) {
                return Some(column);
            }
        }
        next = column.next_element_sibling();
    }
    None
}

fn mark_target(target: Option<&Element>, refused: bool) {
    while let Ok(Some(el)) = document().query_selector(".drop-here, .drop-refused") {
        let _ = el.class_list().remove_2("drop-here", "drop-refused");
    }
    if let Some(el) = target {
        let _ = el
            .class_list()
            .add_1(if refused { "drop-refused" } else { "drop-here" });
    }
}

/// The board's columns in their order (they are the board's children).
fn column_order(li: &Element) -> Vec<String> {
    let mut columns = Vec::new();
    let mut next = closest(li, ".board").and_then(|b| b.first_element_child());
    while let Some(el) = next {
        columns.extend(el.get_attribute("data-column"));
        next = el.next_element_sibling();
    }
    columns
}

/// Near the screen's side edge the board scrolls that way, so a phone can reach every column;
/// how far it went (the dragged card moved with it).
fn scroll_near_edge(li: &Element, x: i32) -> i32 {
    const EDGE: i32 = 48;
    const STEP: i32 = 16;
    let width = window()
        .inner_width()
        .ok()
        .and_then(|w| w.as_f64())
        .unwrap_or_default() as i32;
    let step = if x < EDGE {
        -STEP
    } else if x > width - EDGE {
        STEP
    } else {
        return 0;
    };
    let Some(board) = closest(li, ".board") else {
        return 0;
    };
    let before = board.scroll_left();
    board.set_scroll_left(before + step);
    board.scroll_left() - before
}

fn settle(li: &HtmlElement) {
    let _ = li.class_list().remove_1("dragging");
    let _ = li.style().remove_property("transform");
    mark_target(None, false);
}

pub fn pointer_down(moves: &CardMoves, ev: leptos::ev::PointerEvent) {
    if ev.button() != 0 {
        return;
    }
    let Some(grip) = target(&ev).and_then(|t| closest(&t, ".card-grip")) else {
        return;
    };
    let Some(card) = closest(&grip, "li.board-card").and_then(|li| facts(&li)) else {
        return;
    };
    ev.prevent_default();
    // Later events of this pointer come to the grip even when it leaves the card.
    let _ = grip.set_pointer_capture(ev.pointer_id());
    moves.drag.set_value(Some(Drag {
        card: card.id,
        pointer: ev.pointer_id(),
        x: ev.client_x(),
        y: ev.client_y(),
        moving: false,
        scrolled: 0,
        origin: board_origin(&grip, &ev),
    }));
}

pub fn pointer_move(moves: &CardMoves, ev: leptos::ev::PointerEvent) {
    let Some(mut drag) = moves.drag.get_value() else {
        return;
    };
    if drag.pointer != ev.pointer_id() {
        return;
    }
    let (dx, dy) = (ev.client_x() - drag.x, ev.client_y() - drag.y);
    if !drag.moving && dx * dx + dy * dy < DRAG_START {
        return;
    }
    let Some(li) = card_element(drag.card) else {
        return;
    };
    if !drag.moving {
        drag.moving = true;
        let _ = li.class_list().add_1("dragging");
        moves.message.set(None);
    }
    drag.scrolled += scroll_near_edge(&li, ev.client_x());
    let dx = dx - drag.scrolled;
    moves.drag.set_value(Some(drag));
    let _ = li
        .style()
        .set_property("transform", &format!("translate({dx}px, {dy}px)"));
    let over = column_at(&li, drag.origin, ev.client_x(), ev.client_y());
    let refused = facts(&li).is_some_and(|card| {
        let to = over.as_ref().and_then(|c| c.get_attribute("data-column"));
        let moves: Vec<&str> = card.moves.iter().map(String::as_str).collect();
        drop_verdict(&card.column, to.as_deref(), &moves) == DropVerdict::Refused
    });
    mark_target(over.as_ref(), refused);
}

pub fn pointer_up(moves: &CardMoves, ev: leptos::ev::PointerEvent) {
    let Some(drag) = moves.drag.get_value() else {
        return;
    };
    if drag.pointer != ev.pointer_id() {
        return;
    }
    moves.drag.set_value(None);
    let Some(li) = card_element(drag.card) else {
        return;
    };
    let over = column_at(&li, drag.origin, ev.client_x(), ev.client_y());
    settle(&li);
    if !drag.moving {
        return;
    }
    let to = over.and_then(|c| c.get_attribute("data-column"));
    if let Some(card) = facts(&li) {
        act(moves, &li, card, to.as_deref());
    }
}

pub fn pointer_cancel(moves: &CardMoves, ev: leptos::ev::PointerEvent) {
    if let Some(drag) = moves.drag.get_value() {
        if drag.pointer == ev.pointer_id() {
            moves.drag.set_value(None);
            if let Some(li) = card_element(drag.card) {
                settle(&li);
            }
        }
    }
}

pub fn key_down(moves: &CardMoves, ev: leptos::ev::KeyboardEvent) {
    // Only the card itself: arrow keys inside its menu or fields keep their own meaning.
    let Some(li) = target(&ev).filter(|t| t.matches("li.board-card").unwrap_or(false)) else {
        return;
    };
    let rtl = document()
        .document_element()
        .is_some_and(|html| html.get_attribute("dir").as_deref() == Some("rtl"));
    let Some(step) = key_step(&ev.key(), rtl) else {
        return;
    };
    let (Some(card), Ok(li)) = (facts(&li), li.dyn_into::<HtmlElement>()) else {
        return;
    };
    ev.prevent_default();
    moves.message.set(None);
    match step {
        KeyStep::Column(step) => {
            let columns = column_order(&li);
            let order: Vec<&str> = columns.iter().map(String::as_str).collect();
            if let Some(to) = column_after(&order, &card.column, step) {
                let to = to.to_string();
                act(moves, &li, card, Some(&to));
            }
        }
        KeyStep::Up | KeyStep::Down => {
            let direction = if step == KeyStep::Up { "up" } else { "down" };
            moves.refocus.set_value(Some(card.id));
            moves.nudging.dispatch(NudgeBoardCard {
                board: moves.board.get_untracked(),
                card: card.id,
                version: card.version,
                direction: direction.to_string(),
                back: moves.back.get_untracked(),
            });
        }
    }
}

/// Carries out what a drop or key means for the card.
fn act(moves: &CardMoves, li: &HtmlElement, card: CardFacts, to: Option<&str>) {
    let i18n = moves.i18n;
    let allowed: Vec<&str> = card.moves.iter().map(String::as_str).collect();
    let Some(to) = to else { return };
    match drop_verdict(&card.column, Some(to), &allowed) {
        DropVerdict::Stay => {}
        DropVerdict::Refused => {
            let text = t_string!(
                i18n,
                boards.drop_refused,
                title = card.title.clone(),
                column = column_name(to)
            );
            moves.message.set(Some(text.to_string()));
            let _ = li.focus();
        }
        DropVerdict::Move if card.task => {
            moves.refocus.set_value(Some(card.id));
            moves.moving.dispatch(MoveBoardCard {
                board: moves.board.get_untracked(),
                card: card.id,
                version: card.version,
                to: to.to_string(),
                reason: String::new(),
                back: moves.back.get_untracked(),
            });
        }
        DropVerdict::Move => ask_reason(moves, li, &card, to),
    }
}

/// A proposal or project moves with a reason: its menu opens (its forms are drawn as it
/// opens), then the chosen column is marked and the reason gets the focus.
fn ask_reason(moves: &CardMoves, li: &HtmlElement, card: &CardFacts, to: &str) {
    let i18n = moves.i18n;
    let text = t_string!(
        i18n,
        boards.drop_needs_reason,
        title = card.title.clone(),
        column = column_name(to)
    );
    moves.message.set(Some(text.to_string()));
    if let Ok(Some(menu)) = li.query_selector("details.move-menu") {
        let _ = menu.set_attribute("open", "");
    }
    let (card, to) = (card.id, to.to_string());
    set_timeout(
        move || {
            let Some(li) = card_element(card) else { return };
            let selector = format!("button[name=\"to\"][value=\"{to}\"]");
            if let Ok(Some(button)) = li.query_selector(&selector) {
                let _ = button.class_list().add_1("suggested");
            }
            if let Some(reason) = li
                .query_selector("textarea[name=\"reason\"]")
                .ok()
                .flatten()
                .and_then(|t| t.dyn_into::<HtmlElement>().ok())
            {
                let _ = reason.focus();
            }
        },
        std::time::Duration::from_millis(50),
    );
}
