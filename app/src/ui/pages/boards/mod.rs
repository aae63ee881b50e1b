//! `/working-groups/{id}/board`: the committee's work as columns of cards, filtered by the
//! address; and a card's own page. The server draws the cards; every action is a form, so the
//! board works before (and without) the WASM, and the board's small island adds the rest.
pub mod add_card;
pub mod card_checklist;
pub mod card_dialog;
pub mod card_page;
pub mod card_tile;
pub mod column;
pub mod drag;
#[cfg(feature = "hydrate")]
mod drag_dom;
mod live_dom;
pub mod live_view;
pub mod mine;
pub mod move_menu;

use crate::api::boards::get_board;
use crate::domain::digits::parse_number;
use crate::i18n::*;
use crate::model::boards::{Board, BoardFilter};
use crate::ui::components::format;
use crate::ui::components::refresh::provide_refresh;
use crate::ui::islands::loader::IslandScripts;
use crate::ui::islands::{hydrated_marker, page_locale, provide_island_i18n};
use crate::ui::pages::directory::{id_param, query_param, LoadFailed};
use add_card::{AddProposal, NewTask};
use card_dialog::{provide_card_dialog, CardDialogView};
use column::ColumnView;
use drag::{card_moves, MoveNotice};
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

/// The board page's own address with its query, where its forms come back to. The island is
/// handed it (it has no router in the browser); the card's own page reads it from the router.
#[derive(Clone, Copy)]
struct BoardAddress(StoredValue<String>);

pub(crate) fn here() -> impl Fn() -> String + Copy + Send + Sync + 'static {
    let address = use_context::<BoardAddress>()
        .map(|a| a.0)
        .unwrap_or_else(|| StoredValue::new(address_from_router()));
    move || address.get_value()
}

fn address_from_router() -> String {
    let location = use_location();
    let search = location.search.get_untracked();
    let path = location.pathname.get_untracked();
    if search.is_empty() {
        path
    } else {
        format!("{path}?{}", search.trim_start_matches('?'))
    }
}

/// `/working-groups/{id}/board`, rendered on the server: the board is loaded here (a refusal is
/// a server page with its status), then handed to the live board island.
#[component]
pub fn BoardPage() -> impl IntoView {
    let i18n = use_i18n();
    let id = id_param();
    let filter = filter_from_query();
    let board = Resource::new(move || (id(), filter()), |(id, f)| get_board(id, f));
    view! {
        <Transition fallback=|| ()>
            {move || board.get().map(|result| match result {
                Err(error) => view! {
                    <Title text=t_string!(i18n, boards.board).to_string() />
                    <LoadFailed error />
                }.into_any(),
                Ok(board) => view! { <BoardFrame board /> }.into_any(),
            })}
        </Transition>
    }
}

/// The board as the server draws it: its heading, the filters (a GET form), the forms that add
/// a task or a proposal (plain forms that come back to the board), the columns of cards. The
/// live board island beside it wakes them up; it draws no card itself.
#[component]
fn BoardFrame(board: Board) -> impl IntoView {
    let i18n = use_i18n();
    let id = board.id;
    let latest = board.latest_event;
    view! {
        <Title text=format!("{} · {}", t_string!(i18n, boards.board), board.name) />
        <nav class="crumbs" aria-label=move || t_string!(i18n, directory.breadcrumbs)>
            <a href=format!("/committees/{}", board.committee_id)>{board.committee.clone()}</a>
            <a href=format!("/working-groups/{id}")>{board.name.clone()}</a>
        </nav>
        <h1>{t!(i18n, boards.board)}": "{board.name.clone()}</h1>
        <Filters board=board.clone() />
        {board.may_work.then(|| view! {
            <div class="board-tools">
                <NewTask board=id />
                <AddProposal board=id />
            </div>
        })}
        <IslandScripts />
        <div class="board-head">
            <LiveBoard board=id latest locale=page_locale() address=address_from_router() />
            <BoardCount board=board.clone() />
        </div>
        <BoardBody board />
    }
}

/// How many cards the filter shows of how many; drawn again with the board.
#[component]
fn BoardCount(board: Board) -> impl IntoView {
    let i18n = use_i18n();
    let shown: usize = board.columns.iter().map(|c| c.cards.len()).sum();
    let total = board.total_cards;
    view! {
        <p class="muted" id=live_dom::COUNT>
            {t!(i18n, boards.shown, shown = move || format::number(shown as i64), total = move || format::number(total as i64))}
        </p>
    }
}

/// The columns of cards; the island draws this part again, from the server, when the board
/// changes. The keys' hint and the grips show once the island runs.
#[component]
fn BoardBody(board: Board) -> impl IntoView {
    let i18n = use_i18n();
    let id = board.id;
    view! {
        <div id=live_dom::BODY>
            {(board.total_cards == 0).then(|| view! {
                <div class="panel empty-state"><p>{t!(i18n, boards.empty)}</p></div>
            })}
            <p id="board-keys" class="muted keys-hint" hidden=true>{t!(i18n, boards.keys_hint)}</p>
            <div class="board" data-board=id>
                {board.columns.into_iter().map(|column| view! { <ColumnView board=id column /> }).collect_view()}
            </div>
        </div>
    }
}

/// The live board: who else is viewing, what a drop or key did, the card dialog; it listens to
/// the board's channel and draws the cards again from the server when something changed,
/// and it gives the server's cards their drag and key moves, their dialog and their menus.
#[island(lazy)]
fn LiveBoard(board: i64, latest: i64, locale: Locale, address: String) -> impl IntoView {
    provide_island_i18n(locale);
    let address = StoredValue::new(address);
    provide_context(BoardAddress(address));
    let refresh = provide_refresh();
    let live = provide_live_status();
    let moves = card_moves(Signal::stored(board));
    provide_card_dialog();
    let page = live_dom::LivePage::new(board, locale, address, moves);
    // Listening starts from the event the drawn board reflects; each change draws it again.
    Effect::new(move |_| live.start(board, latest));
    Effect::new(move |_| page.wake());
    Effect::new(move |ran: Option<()>| {
        refresh.0.track();
        if ran.is_some() {
            page.redraw();
        }
    });
    view! {
        <div class="live-board" data-hydrated=hydrated_marker()>
            <LiveHeader />
            <MoveNotice moves />
            <CardDialogView board=Signal::stored(board) />
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
