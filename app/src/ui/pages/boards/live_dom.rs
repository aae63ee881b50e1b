//! The board's island and the cards the server drew: the island gives them their drag and key
//! moves, their dialog and their "Move to…" forms (put into a menu as it opens), and when the
//! board changed it fetches the board page again and moves its parsed cards in place of the
//! old ones (the browser's parser, not markup written from a string).
//! The cards are always the server's HTML (text escaped there), never drawn in the browser:
//! the board's WASM stays small however many cards it has.
use super::card_dialog::CardDialog;
use super::drag::CardMoves;
use super::live_view::LiveStatus;
use crate::i18n::{use_i18n, Locale};
use crate::ui::components::refresh::Refresh;
use leptos::prelude::*;
use leptos_i18n::I18nContext;

/// The element holding the columns of cards, drawn again from the server's page.
pub const BODY: &str = "board-body";
/// The count of cards shown, drawn again with them.
pub const COUNT: &str = "board-count";

/// What the island keeps to wake the server's cards and draw them again.
#[derive(Clone, Copy)]
#[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
pub struct LivePage {
    board: i64,
    locale: Locale,
    address: StoredValue<String>,
    i18n: I18nContext<Locale>,
    refresh: Refresh,
    live: LiveStatus,
    moves: CardMoves,
    dialog: CardDialog,
    /// The forms put into open menus: they go (unmounted) when the cards are drawn again.
    #[cfg(feature = "hydrate")]
    menus: StoredValue<Vec<Box<dyn std::any::Any>>, LocalStorage>,
}

impl LivePage {
    /// Made in the island, after its refresh counter, live status and card dialog.
    pub fn new(board: i64, locale: Locale, address: StoredValue<String>, moves: CardMoves) -> Self {
        LivePage {
            board,
            locale,
            address,
            i18n: use_i18n(),
            refresh: expect_context::<Refresh>(),
            live: expect_context::<LiveStatus>(),
            moves,
            dialog: expect_context::<CardDialog>(),
            #[cfg(feature = "hydrate")]
            menus: StoredValue::new_with_storage(Vec::new()),
        }
    }

    /// Once the island runs: the grips and the keys' hint show, the cards listen.
    pub fn wake(&self) {
        #[cfg(feature = "hydrate")]
        dom::wake(*self);
    }

    /// Draws the cards again from the server.
    pub fn redraw(&self) {
        #[cfg(feature = "hydrate")]
        dom::redraw(*self);
    }
}

#[cfg(feature = "hydrate")]
mod dom {
    use super::super::drag_dom::{card_element, move_target};
    use super::super::move_menu::MoveForms;
    use super::super::BoardAddress;
    use super::{LivePage, BODY, COUNT};
    use crate::i18n::*;
    use crate::ui::islands::provide_island_i18n;
    use leptos::prelude::*;
    use leptos::wasm_bindgen::closure::Closure;
    use leptos::wasm_bindgen::JsCast;
    use leptos::web_sys::{
        DomParser, Element, Event, HtmlDetailsElement, HtmlElement, MouseEvent, Node, Response,
        SupportedType,
    };
    use wasm_bindgen_futures::JsFuture;

    pub fn wake(page: LivePage) {
        let Some(body) = document().get_element_by_id(BODY) else {
            return;
        };
        ready();
        let moves = page.moves;
        listen(&body, "pointerdown", false, move |ev| {
            moves.pointer_down(ev.unchecked_into())
        });
        listen(&body, "pointermove", false, move |ev| {
            moves.pointer_move(ev.unchecked_into())
        });
        listen(&body, "pointerup", false, move |ev| {
            moves.pointer_up(ev.unchecked_into())
        });
        listen(&body, "pointercancel", false, move |ev| {
            moves.pointer_cancel(ev.unchecked_into())
        });
        listen(&body, "keydown", false, move |ev| {
            moves.key_down(ev.unchecked_into())
        });
        listen(&body, "click", false, move |ev| open_dialog(page, &ev));
        // `toggle` does not bubble: it is caught on its way down to the menu.
        listen(&body, "toggle", true, move |ev| put_forms(page, &ev));
    }

    /// Listens on the cards' element, which stays while its contents are drawn again; the
    /// listeners live as long as the page.
    fn listen(el: &Element, name: &str, capture: bool, f: impl FnMut(Event) + 'static) {
        let closure = Closure::<dyn FnMut(Event)>::new(f);
        let _ = el.add_event_listener_with_callback_and_bool(
            name,
            closure.as_ref().unchecked_ref(),
            capture,
        );
        closure.forget();
    }

    fn target(ev: &Event) -> Option<Element> {
        ev.target()?.dyn_into::<Element>().ok()
    }

    fn closest(el: &Element, selector: &str) -> Option<Element> {
        el.closest(selector).ok().flatten()
    }

    /// Dragging and the keys need the WASM: the grips and the hint show once it runs.
    fn ready() {
        if let Ok(Some(board)) = document().query_selector(&format!("#{BODY} .board")) {
            let _ = board.class_list().add_1("draggable");
        }
        if let Some(hint) = document().get_element_by_id("board-keys") {
            let _ = hint.remove_attribute("hidden");
        }
    }

    /// A card's title opens its dialog (a plain click; others follow the link).
    fn open_dialog(page: LivePage, ev: &Event) {
        let Some(link) = target(ev).and_then(|t| closest(&t, ".board-card h3 a")) else {
            return;
        };
        let card = closest(&link, ".board-card")
            .and_then(|li| li.get_attribute("data-card"))
            .and_then(|id| id.parse().ok());
        if let (Some(card), Some(mouse)) = (card, ev.dyn_ref::<MouseEvent>()) {
            let title = link.text_content().unwrap_or_default();
            page.dialog.open_from(mouse, card, title.trim());
        }
    }

    /// A card's menu opening gets its forms, made from what the page says of the card.
    fn put_forms(page: LivePage, ev: &Event) {
        let Some(details) = target(ev).and_then(|t| t.dyn_into::<HtmlDetailsElement>().ok()) else {
            return;
        };
        if !details.open()
            || !details.class_list().contains("move-menu")
            || details.has_attribute("data-forms")
        {
            return;
        }
        let Some(card) = closest(&details, ".board-card").and_then(|li| move_target(&li)) else {
            return;
        };
        let _ = details.set_attribute("data-forms", "");
        if let Ok(Some(fallback)) = details.query_selector(".move-fallback") {
            fallback.remove();
        }
        let (board, locale, address, refresh) =
            (page.board, page.locale, page.address, page.refresh);
        let handle = leptos::mount::mount_to(details.unchecked_into(), move || {
            // Mounted on its own: it is given what the island's own components are given.
            provide_island_i18n(locale);
            provide_context(BoardAddress(address));
            provide_context(refresh);
            view! { <MoveForms board card /> }
        });
        page.menus.update_value(|m| m.push(Box::new(handle)));
    }

    pub fn redraw(page: LivePage) {
        let url = page.address.get_value();
        leptos::task::spawn_local(async move {
            let Some(html) = fetch_text(&url).await else {
                return;
            };
            let Some(fresh) = DomParser::new()
                .ok()
                .and_then(|p| p.parse_from_string(&html, SupportedType::TextHtml).ok())
            else {
                return;
            };
            // The card (or its title) that has the focus keeps it in the cards drawn anew.
            let focused = focused_card();
            for id in [COUNT, BODY] {
                if let (Some(new), Some(old)) = (
                    fresh.get_element_by_id(id),
                    document().get_element_by_id(id),
                ) {
                    move_children(&new, &old);
                }
            }
            page.menus.update_value(Vec::clear);
            ready();
            if let Some((card, who)) = page.live.changed.get_untracked() {
                mark_changed(page, card, who);
            }
            page.moves.restore_focus();
            if let Some((card, on_title)) = focused {
                focus_again(card, on_title);
            }
        });
    }

    /// The card that has the focus, and whether it is on its title's link.
    fn focused_card() -> Option<(i64, bool)> {
        let active = document().active_element()?;
        let li = closest(&active, "li.board-card")?;
        let card = li.get_attribute("data-card")?.parse().ok()?;
        let on_title = active.matches(".board-card h3 a").unwrap_or(false);
        (on_title || active == li).then_some((card, on_title))
    }

    fn focus_again(card: i64, on_title: bool) {
        let el = if on_title {
            document()
                .query_selector(&format!("#card-{card}-t a"))
                .ok()
                .flatten()
                .and_then(|a| a.dyn_into::<HtmlElement>().ok())
        } else {
            card_element(card)
        };
        if let Some(el) = el {
            let _ = el.focus();
        }
    }

    /// Puts the parsed page's nodes in place of the old ones: nodes, never markup from a
    /// string, and the element keeping its listeners stays.
    fn move_children(from: &Element, to: &Element) {
        to.set_text_content(None);
        while let Some(child) = from.first_child() {
            match document().adopt_node(&child) {
                Ok(node) => {
                    let _ = to.append_child(&node);
                }
                Err(_) => break,
            }
        }
    }

    async fn fetch_text(url: &str) -> Option<String> {
        let response: Response = JsFuture::from(window().fetch_with_str(url))
            .await
            .ok()?
            .dyn_into()
            .ok()?;
        if !response.ok() {
            return None;
        }
        JsFuture::from(response.text().ok()?)
            .await
            .ok()?
            .as_string()
    }

    /// The card changed last is marked with who changed it.
    fn mark_changed(page: LivePage, card: i64, who: String) {
        let Some(li) = card_element(card) else {
            return;
        };
        let _ = li.class_list().add_1("changed");
        let Ok(note) = document().create_element("p") else {
            return;
        };
        note.set_class_name("changed-by");
        let i18n = page.i18n;
        note.set_text_content(Some(
            &t_string!(i18n, boards.changed_by, who = who).to_string(),
        ));
        let menu: Option<Node> = li
            .query_selector(".move-menu")
            .ok()
            .flatten()
            .map(Into::into);
        let _ = li.insert_before(&note, menu.as_ref());
    }
}
