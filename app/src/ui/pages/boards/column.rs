//! One column of a board: its name and count, its cards in order. The folded column
//! (declined, rejected, suspended, cancelled) starts closed.
use super::card_tile::CardTile;
use crate::i18n::*;
use crate::model::boards::BoardColumn;
use crate::ui::components::{board_labels, format};
use leptos::prelude::*;

#[component]
pub fn ColumnView(board: i64, column: BoardColumn) -> impl IntoView {
    let i18n = use_i18n();
    let code = column.column.as_str();
    let heading = format!("col-{code}-h");
    let name = board_labels::column(column.column);
    let data_name = name.clone();
    let count = column.cards.len() as i64;
    let lane = if column.column.is_task_lane() {
        "tasks"
    } else {
        "pipeline"
    };
    let cards = view! {
        <ol class="board-cards" aria-labelledby=heading.clone()>
            {column.cards.into_iter().map(|card| view! { <CardTile board card /> }).collect_view()}
        </ol>
        {(count == 0).then(|| view! { <p class="muted empty-column">{t!(i18n, boards.no_cards)}</p> })}
    };
    let head = view! {
        <h2 id=heading.clone()>
            {name}" "<span class="count" aria-label=move || t_string!(i18n, boards.count_label)>{format::number(count)}</span>
        </h2>
    };
    if column.column.is_folded() {
        view! {
            <details class="board-column folded" data-column=code data-name=data_name data-lane=lane>
                <summary>{head}</summary>
                {cards}
            </details>
        }
        .into_any()
    } else {
        view! {
            <section class="board-column" data-column=code data-name=data_name data-lane=lane aria-labelledby=heading>
                {head}
                {cards}
            </section>
        }
        .into_any()
    }
}
