//! `/working-groups/{id}/board/cards/{card}`: one card — what it is, its text and due day
//! (an edit that never silently overwrites another's), assignees, checklist, comments and
//! the history of its moves; its "Move to…" menu works here without JavaScript too.
use super::card_checklist::Checklist;
use super::move_menu::{MoveMenu, MoveTarget};
use crate::api::boards::{get_board_card, AssignBoardCard, CommentBoardCard, EditBoardCard};
use crate::domain::board_rules::CardKind;
use crate::domain::digits::parse_number;
use crate::i18n::*;
use crate::model::boards::CardDetail;
use crate::ui::components::choice_field::TextAreaField;
use crate::ui::components::field::Field;
use crate::ui::components::form_state::{form_errors, form_failure, form_succeeded, FailureAlert};
use crate::ui::components::id_scope::scoped_id;
use crate::ui::components::refresh::{provide_refresh, refresh_on_success};
use crate::ui::components::version_field::VersionField;
use crate::ui::components::{board_labels, format};
use crate::ui::pages::directory::{id_param, LoadFailed};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

#[component]
pub fn CardPage() -> impl IntoView {
    let i18n = use_i18n();
    let board = id_param();
    let params = use_params_map();
    let card = move || {
        params
            .read()
            .get("card")
            .and_then(|c| parse_number(&c))
            .unwrap_or(-1)
    };
    let refresh = provide_refresh();
    let detail = Resource::new(
        move || (board(), card(), refresh.0.get()),
        |(b, c, n)| async move { ((c, n), get_board_card(b, c).await) },
    );
    view! {
        <Transition fallback=|| ()>
            <For each=move || detail.get() key=|(load, _)| *load let((_, result))>
                {match result {
                    Err(error) => view! {
                        <Title text=t_string!(i18n, boards.card).to_string() />
                        <LoadFailed error />
                    }.into_any(),
                    Ok(detail) => view! { <CardView detail /> }.into_any(),
                }}
            </For>
        </Transition>
    }
}

/// A card loaded for its page or its dialog: which card and which load of it, and the
/// result. Each load is drawn anew (`For`, keyed by it): a form redrawn in place would keep
/// what was typed into it even after it was saved, and a saved title would show the old one.
pub(crate) type CardLoad = ((i64, u64), Result<CardDetail, crate::api::AppError>);

/// The card's detail: on its own page (with title and crumbs), or in the board's dialog,
/// which has its own heading and where the "Move to…" menu opens on demand.
#[component]
pub(crate) fn CardView(detail: CardDetail, #[prop(optional)] in_dialog: bool) -> impl IntoView {
    let i18n = use_i18n();
    let CardDetail {
        board_id,
        board_name,
        card,
        description,
        comments,
        checklist,
        history,
        members,
        may_work,
        meeting,
    } = detail;
    let title = card.title.clone();
    let is_task = card.kind == CardKind::Task;
    let history_h = scoped_id("history-h");
    let page_head = (!in_dialog).then(|| view! {
        <Title text=title.clone() />
        <nav class="crumbs" aria-label=move || t_string!(i18n, directory.breadcrumbs)>
            <a href=format!("/working-groups/{board_id}/board")>{t!(i18n, boards.board)}": "{board_name}</a>
        </nav>
    });
    view! {
        {page_head}
        <article class="card-page">
            <p><span class=format!("badge kind-{}", card.kind.as_str())>{board_labels::kind(card.kind)}</span>" "
               <span class="badge">{board_labels::column(card.column)}</span></p>
            {(!in_dialog).then(|| view! { <h1>{title.clone()}</h1> })}
            {card.link.clone().map(|href| view! { <p><a href=href>{t!(i18n, boards.full_page)}</a></p> })}
            {meeting.map(|m| view! {
                <p>{t!(i18n, boards.decided_in)}" "<a href=format!("/meetings/{}", m.id)>{m.name}</a></p>
            })}
            {view! { <dl class="facts">
                {(!card.organisation.is_empty()).then(|| view! { <dt>{t!(i18n, boards.organisation)}</dt><dd>{card.organisation.clone()}</dd> })}
                {(!card.places.is_empty()).then(|| view! { <dt>{t!(i18n, directory.neighbourhood)}</dt><dd>{format::list(card.places.clone())}</dd> })}
                {card.due_on.clone().map(|d| view! { <dt>{t!(i18n, boards.due_on)}</dt><dd class:overdue=card.overdue>{format::day(&d)}</dd> })}
                <dt>{t!(i18n, boards.assignees)}</dt>
                <dd>{if card.assignees.is_empty() { t_string!(i18n, boards.nobody).to_string() } else { format::list(card.assignees.iter().map(|p| p.name.clone())) }}</dd>
            </dl> }.into_any()}
            {(!description.is_empty()).then(|| view! { <p class="prose">{description.clone()}</p> })}
            {may_work.then(|| view! { <MoveMenu board=board_id card=MoveTarget::from(&card) lazy=in_dialog /> }.into_any())}
            {may_work.then(|| view! { <EditCard board=board_id card=card.id version=card.version is_task title=title.clone() description=description.clone() due=card.due_on.clone() /> }.into_any())}
            {may_work.then(|| view! { <Assignees board=board_id card=card.id members=members.clone() chosen=card.assignees.iter().map(|p| p.id).collect() /> }.into_any())}
            {is_task.then(|| view! { <Checklist board=board_id card=card.id items=checklist may_work /> }.into_any())}
            {view! { <Comments board=board_id card=card.id comments may_work /> }.into_any()}
            {view! { <section aria-labelledby=history_h.clone()>
                <h2 id=history_h.clone()>{t!(i18n, boards.history)}</h2>
                <ol class="history">
                    {history.into_iter().map(|e| {
                        let what = match (e.from, e.to) {
                            (Some(from), Some(to)) => {
                                let (from, to) = (board_labels::column(from), board_labels::column(to));
                                t_string!(i18n, boards.moved, from = from, to = to).to_string()
                            }
                            _ => t_string!(i18n, boards.created).to_string(),
                        };
                        view! { <li><time>{format::date(e.at)}</time>" · "{e.actor}" · "{what}</li> }
                    }).collect_view()}
                </ol>
            </section> }.into_any()}
        </article>
    }
}

#[component]
fn EditCard(
    board: i64,
    card: i64,
    version: i64,
    is_task: bool,
    title: String,
    description: String,
    due: Option<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<EditBoardCard>::new();
    let errors = form_errors(action.value());
    let failure = form_failure(action.value());
    refresh_on_success(form_succeeded(action.value()));
    let current = move |name: &str| errors.with(|e| e.kept(name).map(str::to_string));
    view! {
        <details class="panel" open=move || !errors.get().is_empty()>
            <summary>{t!(i18n, boards.edit)}</summary>
            <FailureAlert failure />
            {move || current("current_title").map(|now_title| view! {
                <div class="conflict" role="status">
                    <p><strong>{t!(i18n, boards.current_text)}</strong></p>
                    <p>{now_title}</p>
                    <p class="prose">{current("current_description").unwrap_or_default()}</p>
                </div>
            })}
            <ActionForm action attr:novalidate=true>
                <input type="hidden" name="board" value=board />
                <input type="hidden" name="card" value=card />
                <VersionField version errors />
                {if is_task {
                    view! { <Field name="title" required=true preset=Some(title.clone()) errors>{t!(i18n, boards.task_title)}</Field> }.into_any()
                } else {
                    view! { <input type="hidden" name="title" value=title.clone() /> }.into_any()
                }}
                <TextAreaField name="description" rows=3 preset=Some(description.clone()) errors>{t!(i18n, boards.description)}</TextAreaField>
                <Field name="due_on" dir="ltr" preset=due.clone().map(|d| format::day(&d)) hint=t!(i18n, directory.date_hint).into_any() errors>{t!(i18n, boards.due_on)}</Field>
                <button type="submit" class="button" disabled=move || action.pending().get()>{t!(i18n, boards.save)}</button>
            </ActionForm>
        </details>
    }
}

#[component]
fn Assignees(
    board: i64,
    card: i64,
    members: Vec<crate::model::directory::Named>,
    chosen: Vec<i64>,
) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<AssignBoardCard>::new();
    let failure = form_failure(action.value());
    refresh_on_success(form_succeeded(action.value()));
    view! {
        <details class="panel">
            <summary>{t!(i18n, boards.assign)}</summary>
            <FailureAlert failure />
            <ActionForm action attr:novalidate=true>
                <input type="hidden" name="board" value=board />
                <input type="hidden" name="card" value=card />
                <fieldset>
                    <legend>{t!(i18n, boards.assignees)}</legend>
                    {members.into_iter().map(|m| {
                        let id = scoped_id(&format!("assignee-{}", m.id));
                        view! {
                            <label class="check" for=id.clone()>
                                <input type="checkbox" id=id.clone() name="assignees[]" value=m.id checked=chosen.contains(&m.id) />
                                {m.name}
                            </label>
                        }
                    }).collect_view()}
                </fieldset>
                <button type="submit" class="button secondary">{t!(i18n, boards.save)}</button>
            </ActionForm>
        </details>
    }
}

#[component]
fn Comments(
    board: i64,
    card: i64,
    comments: Vec<crate::model::boards::CardComment>,
    may_work: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<CommentBoardCard>::new();
    let errors = form_errors(action.value());
    let failure = form_failure(action.value());
    refresh_on_success(form_succeeded(action.value()));
    let heading = scoped_id("comments-h");
    let labelled_by = heading.clone();
    view! {
        <section aria-labelledby=labelled_by>
            <h2 id=heading>{t!(i18n, proposals.comments)}</h2>
            {if comments.is_empty() {
                view! { <p class="muted">{t!(i18n, proposals.no_comments)}</p> }.into_any()
            } else {
                view! { <ol class="comments">{comments.into_iter().map(|c| view! {
                    <li><p class="muted">{c.author}" · "<time>{format::date(c.created_at)}</time></p><p class="prose">{c.body}</p></li>
                }).collect_view()}</ol> }.into_any()
            }}
            {may_work.then(|| view! {
                <FailureAlert failure />
                <ActionForm action attr:novalidate=true>
                    <input type="hidden" name="board" value=board />
                    <input type="hidden" name="card" value=card />
                    <TextAreaField name="body" rows=3 errors hint=t!(i18n, boards.mention_hint).into_any()>{t!(i18n, proposals.add_comment)}</TextAreaField>
                    <button type="submit" class="button secondary" disabled=move || action.pending().get()>{t!(i18n, proposals.post_comment)}</button>
                </ActionForm>
            })}
        </section>
    }
}
