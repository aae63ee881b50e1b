//! A card on the board: kind, title, places, organisation, assignees' initials, due day
//! (overdue marked), comments and the stalled marker; its "Move to…" menu. Drawn by the
//! server; its title is a link to the card's page, which the board's island opens as a dialog.
use super::move_menu::{MoveMenu, MoveTarget};
use crate::i18n::*;
use crate::model::boards::BoardCard;
use crate::ui::components::{board_labels, format};
use leptos::prelude::*;

#[component]
pub fn CardTile(board: i64, card: BoardCard) -> impl IntoView {
    let i18n = use_i18n();
    let page = format!("/working-groups/{board}/board/cards/{}", card.id);
    let kind = card.kind.as_str();
    let title_id = format!("card-{}-t", card.id);
    let comments = card.comments;
    let moves: Vec<&str> = card.moves.iter().map(|m| m.as_str()).collect();
    let moves = moves.join(" ");
    let target = MoveTarget::from(&card);
    view! {
        <li
            class="board-card"
            class:overdue=card.overdue
            class:stalled=card.stalled
            id=format!("card-{}", card.id)
            data-card=card.id
            data-version=card.version
            data-kind=kind
            data-moves=moves
            tabindex="0"
            aria-labelledby=title_id.clone()
            aria-describedby="board-keys"
        >
            <span class="card-grip" aria-hidden="true" title=t_string!(i18n, boards.grip)>"⠿"</span>
            <p class="card-kind"><span class=format!("badge kind-{kind}")>{board_labels::kind(card.kind)}</span>
                {card.stalled.then(|| view! { <span class="badge warn">{t!(i18n, projects.stalled)}</span> })}
            </p>
            <h3 id=title_id.clone()><a href=page>{card.title.clone()}</a></h3>
            {(!card.places.is_empty()).then(|| view! { <p class="card-meta">{format::list(card.places.clone())}</p> })}
            {(!card.organisation.is_empty()).then(|| view! { <p class="card-meta">{card.organisation.clone()}</p> })}
            <p class="card-foot">
                {card.due_on.clone().map(|due| view! {
                    <span class="due" class:overdue=card.overdue>
                        {if card.overdue { t_string!(i18n, boards.overdue_since) } else { t_string!(i18n, boards.due) }}
                        " "{format::day(&due)}
                    </span>
                })}
                {(comments > 0).then(|| view! {
                    <span class="comments">{t!(i18n, boards.comments_count, count = move || format::number(comments))}</span>
                })}
                <span class="initials">
                    {card.assignees.iter().map(|p| view! {
                        <abbr class="avatar" title=p.name.clone()>{board_labels::initials(&p.name)}</abbr>
                    }).collect_view()}
                </span>
            </p>
            <MoveMenu board card=target lazy=true />
        </li>
    }
}
