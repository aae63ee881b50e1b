//! `/working-groups/{id}/board`: the committee's work as columns of cards, filtered by the
//! address; and a card's own page. Every action is a form, so the board works before (and
//! without) the WASM.
pub mod add_card;
pub mod card_checklist;
pub mod card_dialog;
pub mod card_page;
pub mod card_tile;
pub mod column;
pub mod drag;
#[cfg(feature = "hydrate")]
mod drag_dom;
pub mod live_view;
pub mod mine;
pub mod move_menu;

use crate::api::boards::get_board;
use crate::domain::digits::parse_number;
use crate::i18n::*;
use crate::model::boards::{Board, BoardFilter};
use crate::ui::components::format;
use crate::ui::components::refresh::provide_refresh;
use crate::ui::pages::directory::{id_param, query_param, LoadFailed};
use add_card::{AddProposal, NewTask};
use card_dialog::{provide_card_dialog, CardDialogView};
use column::ColumnView;
use drag::{card_moves, CardMoves, MoveNotice};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_location;
use live_view::{provide_live_status, LiveHeader};

/// The filter the address holds.
fn filter_from_query() -> impl Fn() -> BoardFilter + Copy + Send + Sync + 'static {
    let (place, org, assignee, mine, overdue) = (
        query_param("neighbourhood"),
        query_param("organisation"),
        query_param("assignee"),
        query_param("mine"),
        query_param("overdue"),
    );
    move || BoardFilter {
        neighbourhood: parse_number(&place()),
        organisation: org(),
        assignee: parse_number(&assignee()),
        mine: !mine().is_empty(),
        overdue: !overdue().is_empty(),
    }
}

/// The page's own address with its query: where its forms come back to.
pub(crate) fn here() -> impl Fn() -> String + Copy + Send + Sync + 'static {
    let location = use_location();
    move || {
        let search = location.search.get();
        if search.is_empty() {
            location.pathname.get()
        } else {
            format!(
                "{}?{}",
                location.pathname.get(),
                search.trim_start_matches('?')
            )
        }
    }
}

#[component]
pub fn BoardPage() -> impl IntoView {
    let i18n = use_i18n();
    let id = id_param();
    let filter = filter_from_query();
    let refresh = provide_refresh();
    let live = provide_live_status();
    let moves = card_moves(Signal::derive(id));
    provide_card_dialog();
    let board = Resource::new(
        move || (id(), filter(), refresh.0.get()),
        |(id, f, _)| get_board(id, f),
    );
    // Listening starts from the event the first drawn board reflects; later reloads keep it.
    Effect::new(move |started: Option<bool>| {
        if started == Some(true) {
            return true;
        }
        match board.get() {
            Some(Ok(b)) => {
                live.start(b.id, b.latest_event);
                true
            }
            _ => false,
        }
    });
    view! {
        <Transition fallback=|| ()>
            {move || board.get().map(|result| match result {
                Err(error) => view! {
                    <Title text=t_string!(i18n, boards.board).to_string() />
                    <LoadFailed error />
                }.into_any(),
                Ok(board) => view! { <BoardView board moves /> }.into_any(),
            })}
        </Transition>
        <CardDialogView board=Signal::derive(id) />
    }
}

#[component]
fn BoardView(board: Board, moves: CardMoves) -> impl IntoView {
    let i18n = use_i18n();
    // Dragging needs the WASM: the grips show once it runs; a card moved with a key gets the
    // focus back in the board drawn anew.
    let ready = RwSignal::new(false);
    Effect::new(move |_| {
        ready.set(true);
        moves.restore_focus();
    });
    let title = board.name.clone();
    let shown: usize = board.columns.iter().map(|c| c.cards.len()).sum();
    let total = board.total_cards;
    let id = board.id;
    let may_work = board.may_work;
    view! {
        <Title text=format!("{} · {}", t_string!(i18n, boards.board), title) />
        <nav class="crumbs" aria-label=move || t_string!(i18n, directory.breadcrumbs)>
            <a href=format!("/committees/{}", board.committee_id)>{board.committee.clone()}</a>
            <a href=format!("/working-groups/{id}")>{board.name.clone()}</a>
        </nav>
        <header class="board-head">
            <h1>{t!(i18n, boards.board)}": "{board.name.clone()}</h1>
            <LiveHeader />
            <p class="muted">
                {t!(i18n, boards.shown, shown = move || format::number(shown as i64), total = move || format::number(total as i64))}
            </p>
        </header>
        <Filters board=board.clone() />
        {may_work.then(|| view! {
            <div class="board-tools">
                <NewTask board=id />
                <AddProposal board=id />
            </div>
        })}
        {(total == 0).then(|| view! {
            <div class="panel empty-state"><p>{t!(i18n, boards.empty)}</p></div>
        })}
        <p id="board-keys" class="muted keys-hint" hidden=move || !ready.get()>{t!(i18n, boards.keys_hint)}</p>
        <MoveNotice moves />
        <div
            class="board"
            class:draggable=move || ready.get()
            data-board=id
            on:pointerdown=move |ev| moves.pointer_down(ev)
            on:pointermove=move |ev| moves.pointer_move(ev)
            on:pointerup=move |ev| moves.pointer_up(ev)
            on:pointercancel=move |ev| moves.pointer_cancel(ev)
            on:keydown=move |ev| moves.key_down(ev)
        >
            {board.columns.into_iter().map(|column| view! { <ColumnView board=id column /> }).collect_view()}
        </div>
    }
}

/// The filters: a plain GET form, so the filter is in the address.
#[component]
fn Filters(board: Board) -> impl IntoView {
    let i18n = use_i18n();
    let f = board.filter.clone();
    let action = format!("/working-groups/{}/board", board.id);
    let option = |value: String, label: String, chosen: bool| {
        view! { <option value=value selected=chosen>{label}</option> }
    };
    view! {
        <form method="get" action=action.clone() class="filters" role="search">
            <div class="field">
                <label for="f-place">{t!(i18n, directory.neighbourhood)}</label>
                <select id="f-place" name="neighbourhood">
                    <option value="">{t!(i18n, directory.all)}</option>
                    {board.neighbourhoods.iter().map(|n| option(n.id.to_string(), n.name.clone(), f.neighbourhood == Some(n.id))).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="f-org">{t!(i18n, boards.organisation)}</label>
                <select id="f-org" name="organisation">
                    <option value="">{t!(i18n, directory.all)}</option>
                    {board.organisations.iter().map(|o| option(o.clone(), o.clone(), f.organisation == *o)).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="f-assignee">{t!(i18n, boards.assignee)}</label>
                <select id="f-assignee" name="assignee">
                    <option value="">{t!(i18n, directory.all)}</option>
                    {board.assignees.iter().map(|p| option(p.id.to_string(), p.name.clone(), f.assignee == Some(p.id))).collect_view()}
                </select>
            </div>
            <label class="check"><input type="checkbox" name="mine" value="1" checked=f.mine />{t!(i18n, boards.mine)}</label>
            <label class="check"><input type="checkbox" name="overdue" value="1" checked=f.overdue />{t!(i18n, boards.overdue)}</label>
            <button type="submit" class="button">{t!(i18n, directory.apply)}</button>
            {(!f.is_empty()).then(|| view! { <a href=action.clone()>{t!(i18n, boards.clear)}</a> })}
        </form>
    }
}
