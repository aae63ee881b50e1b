//! `/boards`: the boards the signed-in person may open, by committee.
use crate::api::boards::my_boards;
use crate::i18n::*;
use crate::model::boards::BoardLink;
use crate::ui::pages::directory::{anyone_signed_in, Gate, LoadFailed};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn MyBoardsPage() -> impl IntoView {
    let i18n = use_i18n();
    let boards = Resource::new(|| (), |_| my_boards());
    view! {
        <Title text=t_string!(i18n, nav.boards).to_string() />
        <Gate admits=anyone_signed_in>
            <h1>{t!(i18n, nav.boards)}</h1>
            <Transition fallback=|| ()>
                {move || boards.get().map(|result| match result {
                    Err(error) => view! { <LoadFailed error /> }.into_any(),
                    Ok(list) if list.is_empty() => view! {
                        <section class="panel empty-state"><p>{t!(i18n, boards.no_boards)}</p>
                            <a class="button secondary" href="/committees">{t!(i18n, nav.committees)}</a>
                        </section>
                    }.into_any(),
                    Ok(list) => view! { <BoardList list /> }.into_any(),
                })}
            </Transition>
        </Gate>
    }
}

#[component]
fn BoardList(list: Vec<BoardLink>) -> impl IntoView {
    let i18n = use_i18n();
    let mut groups: Vec<(i64, String, Vec<BoardLink>)> = Vec::new();
    for board in list {
        match groups.last_mut() {
            Some((id, _, boards)) if *id == board.committee_id => boards.push(board),
            _ => groups.push((board.committee_id, board.committee.clone(), vec![board])),
        }
    }
    view! {
        {groups.into_iter().map(|(committee, name, boards)| view! {
            <section class="panel">
                <h2><a href=format!("/committees/{committee}")>{name}</a></h2>
                <ul class="board-links">
                    {boards.into_iter().map(|b| view! {
                        <li><a href=format!("/working-groups/{}/board", b.id)>{t!(i18n, boards.board)}": "{b.name}</a></li>
                    }).collect_view()}
                </ul>
            </section>
        }).collect_view()}
    }
}
