//! A card's detail in a dialog over the board, opened from the card's title once the WASM
//! runs. Before that, and for a click asking for a new tab, the title stays a link to the
//! card's own page. The dialog lives beside the board, not in it, so the board's live
//! redraws leave it open.
use super::card_page::{CardLoad, CardView};
use super::live_view::{someone_busy, LiveStatus};
use crate::api::boards::get_board_card;
use crate::i18n::*;
use crate::ui::components::id_scope::IdScope;
use crate::ui::components::refresh::Refresh;
use crate::ui::pages::directory::LoadFailed;
use leptos::context::Provider;
use leptos::prelude::*;
use leptos::web_sys::MouseEvent;

/// Which card the dialog shows, with the title it is opened under (its name while the
/// detail loads).
#[derive(Clone, Copy)]
pub struct CardDialog {
    open: RwSignal<Option<(i64, String)>>,
}

pub fn provide_card_dialog() -> CardDialog {
    let dialog = CardDialog {
        open: RwSignal::new(None),
    };
    provide_context(dialog);
    dialog
}

impl CardDialog {
    /// Opens the card's dialog for a plain click on its title; a click with a modifier
    /// key or another button follows the link as usual.
    pub fn open_from(&self, ev: &MouseEvent, card: i64, title: &str) {
        let plain = ev.button() == 0
            && !ev.ctrl_key()
            && !ev.meta_key()
            && !ev.shift_key()
            && !ev.alt_key();
        if plain {
            ev.prevent_default();
            self.open.set(Some((card, title.to_string())));
        }
    }

    fn card(&self) -> Option<i64> {
        self.open.with(|o| o.as_ref().map(|(card, _)| *card))
    }
}

#[component]
pub fn CardDialogView(board: Signal<i64>) -> impl IntoView {
    let i18n = use_i18n();
    let dialog = expect_context::<CardDialog>();
    let board_refresh = use_context::<Refresh>();
    let live = use_context::<LiveStatus>();
    // The dialog's own forms reload it, and the board behind it. (Provided to the dialog's
    // contents only: a component has no owner of its own, and the board's forms must keep
    // theirs.)
    let own = Refresh(RwSignal::new(0));
    Effect::new(move |seen: Option<u64>| {
        let now = own.0.get();
        if seen.is_some_and(|before| before != now) {
            if let Some(Refresh(counter)) = board_refresh {
                counter.update(|n| *n += 1);
            }
        }
        now
    });
    // Someone else's change to the card shown reloads it, unless the person is typing in it.
    let theirs = RwSignal::new(0u64);
    Effect::new(move |_| {
        let changed = live.and_then(|l| l.changed.get()).map(|(card, _)| card);
        let shown = untrack(|| dialog.card());
        if changed.is_some() && changed == shown && !someone_busy() {
            theirs.update(|n| *n += 1);
        }
    });
    let node = NodeRef::<leptos::html::Dialog>::new();
    // The contents (and their code) come the first time a card is opened, then stay.
    let started = RwSignal::new(false);
    Effect::new(move |_| {
        let open = dialog.card().is_some();
        if open {
            started.set(true);
        }
        if let Some(el) = node.get() {
            if open && !el.open() {
                let _ = el.show_modal();
            } else if !open && el.open() {
                el.close();
            }
        }
    });
    let loaded = RwSignal::new(None::<(i64, String)>);
    // The loaded card's title (it may have been renamed), else the one it was opened under.
    let heading = move || {
        let card = dialog.card();
        let title = loaded
            .get()
            .filter(|(id, _)| Some(*id) == card)
            .map(|(_, t)| t);
        title.or_else(|| dialog.open.with(|o| o.as_ref().map(|(_, t)| t.clone())))
    };
    let close = move |_| {
        if let Some(el) = node.get_untracked() {
            el.close();
        }
    };
    let contents = DialogContents {
        board,
        dialog,
        own,
        theirs,
        loaded,
    };
    view! {
        <dialog
            node_ref=node
            class="card-dialog"
            aria-labelledby="card-dialog-h"
            on:close=move |_| {
                // The close event comes a moment after the dialog closed: if it was opened
                // again meanwhile (another card at once), this close is not for that one.
                if node.get_untracked().is_some_and(|el| el.open()) {
                    return;
                }
                let card = dialog.card();
                dialog.open.set(None);
                if let Some(card) = card {
                    focus_card(card);
                }
            }
        >
            <header class="dialog-head">
                <h2 id="card-dialog-h">{heading}</h2>
                <button type="button" class="button secondary" on:click=close>{t!(i18n, boards.close)}</button>
            </header>
            {move || dialog.card().map(|card| view! {
                <p><a href=format!("/working-groups/{}/board/cards/{card}", board.get())>{t!(i18n, boards.open_page)}</a></p>
            })}
            {move || started.get().then(|| Suspend::new(async move { dialog_contents(contents).await }))}
        </dialog>
    }
}

/// What the dialog's contents are handed by the dialog.
#[derive(Clone, Copy)]
struct DialogContents {
    board: Signal<i64>,
    dialog: CardDialog,
    /// Bumped by the dialog's own forms.
    own: Refresh,
    /// Bumped by someone else's change to the card shown.
    theirs: RwSignal<u64>,
    /// The card loaded, and its title, for the dialog's heading.
    loaded: RwSignal<Option<(i64, String)>>,
}

/// The card's detail as the dialog shows it: its loading, forms, checklist, comments and
/// history. Its code is fetched from the server the first time a card is opened: the board's
/// own download stays small.
#[leptos::prelude::lazy]
fn dialog_contents(c: DialogContents) -> AnyView {
    let i18n = use_i18n();
    let DialogContents {
        board,
        dialog,
        own,
        theirs,
        loaded,
    } = c;
    let detail = Resource::new(
        move || (board.get(), dialog.card(), own.0.get(), theirs.get()),
        |(board, card, own, theirs)| async move {
            let card = card?;
            // Each load is a new sum of the two counters: the key that draws it anew.
            let load: CardLoad = ((card, own + theirs), get_board_card(board, card).await);
            Some(load)
        },
    );
    // The card loaded for the card shown: until another card's detail arrives, the last one
    // (still held by the resource) is not shown under the new one's title.
    let shown = move || {
        detail
            .get()
            .flatten()
            .filter(|((card, _), _)| Some(*card) == dialog.card())
    };
    Effect::new(move |_| {
        if let Some(((card, _), Ok(d))) = shown() {
            loaded.set(Some((card, d.card.title)));
        }
    });
    view! {
        <Provider value=own>
            <Provider value=IdScope("dlg-")>
                <Transition fallback=|| ()>
                    {move || (dialog.card().is_some() && shown().is_none()).then(|| view! {
                        <p class="muted">{t!(i18n, boards.dialog_loading)}</p>
                    })}
                    <For each=shown key=|(load, _)| *load let((_, result))>
                        {match result {
                            Err(error) => view! { <LoadFailed error /> }.into_any(),
                            Ok(detail) => view! { <CardView detail in_dialog=true /> }.into_any(),
                        }}
                    </For>
                </Transition>
            </Provider>
        </Provider>
    }
    .into_any()
}

/// Back on the board, the focus returns to the card's title, also when the board was
/// redrawn while the dialog was open (and the link that opened it is gone).
fn focus_card(card: i64) {
    use leptos::wasm_bindgen::JsCast;
    let link = document()
        .query_selector(&format!("#card-{card}-t a"))
        .ok()
        .flatten()
        .and_then(|el| el.dyn_into::<leptos::web_sys::HtmlElement>().ok());
    if let Some(link) = link {
        let _ = link.focus();
    }
}
