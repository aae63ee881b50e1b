use crate::api::actions::list_actions;
use crate::domain::action_rules::ACTIONS_PAGE;
use crate::i18n::*;
use crate::model::actions::ActionCard;
use crate::ui::components::pager::Pager;
use crate::ui::components::{action_labels, format};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// Actions as a table: day, title, who held it where, and its state.
#[component]
pub fn ActionList(actions: Vec<ActionCard>, caption: String) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="table-wrap"><table class="data">
            <caption class="visually-hidden">{caption}</caption>
            <thead><tr>
                <th scope="col">{t!(i18n, actions.held_on)}</th>
                <th scope="col">{t!(i18n, actions.title_label)}</th>
                <th scope="col">{t!(i18n, actions.held_by)}</th>
                <th scope="col">{t!(i18n, actions.neighbourhood)}</th>
                <th scope="col">{t!(i18n, actions.state)}</th>
            </tr></thead>
            <tbody>
                {actions.into_iter().map(|a| {
                    let host = a.centre.clone().map_or_else(
                        || (format!("/organisations/{}", a.organisation.id), a.organisation.name.clone()),
                        |c| (format!("/centres/{}", c.id), c.name),
                    );
                    view! {
                        <tr>
                            <td>{format::day(&a.held_on)}</td>
                            <td>
                                <a href=format!("/actions/{}", a.id) dir="auto">{a.title.clone()}</a>
                                " " <span class="muted">{action_labels::kind(a.kind)}</span>
                            </td>
                            <td><a href=host.0 dir="auto">{host.1}</a></td>
                            <td><a href=format!("/neighbourhoods/{}", a.neighbourhood.id) dir="auto">{a.neighbourhood.name.clone()}</a></td>
                            <td>
                                {action_labels::state(a.state)}
                                {a.overdue.then(|| view! { " " <span class="badge warn">{t!(i18n, actions.overdue)}</span> })}
                            </td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table></div>
    }
}

/// The actions of a centre or a neighbourhood, on its page: the latest ones, and a link to
/// publish one for those who may.
#[component]
pub fn ActionsOfPlace(
    of: &'static str,
    id: i64,
    #[prop(optional)] may_publish: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    // The page's own query may hold other things: the actions' page is `actions`.
    let page = move || {
        query
            .with(|q| q.get("actions").and_then(|p| p.parse::<i64>().ok()))
            .unwrap_or(1)
    };
    let list = Resource::new(
        move || (id, page()),
        move |(id, page)| list_actions(of.to_string(), id, page),
    );
    let new_href = format!("/actions/new?{of}={id}");
    view! {
        <section class="panel" aria-labelledby="actions-h">
            <h2 id="actions-h">{t!(i18n, actions.heading)}</h2>
            <Transition fallback=|| ()>
                {move || list.get().map(|result| match result {
                    Ok((actions, _)) if actions.is_empty() => view! { <p class="muted">{t!(i18n, actions.none_here)}</p> }.into_any(),
                    Ok((actions, total)) => {
                        let pages = crate::domain::paging::page_count(total, ACTIONS_PAGE);
                        let current = page().clamp(1, pages.max(1));
                        view! {
                            <ActionList actions caption=t_string!(i18n, actions.heading).to_string() />
                            <Pager page=current pages href=move |p| {
                                // Keeps whatever else the page's query holds.
                                let mut q = query.get_untracked();
                                q.replace("actions", p.to_string());
                                format!("{}#actions-h", q.to_query_string())
                            } />
                        }.into_any()
                    }
                    Err(_) => view! { <p class="muted">{t!(i18n, actions.none_here)}</p> }.into_any(),
                })}
            </Transition>
            {may_publish.then(|| view! { <p><a class="button secondary" href=new_href.clone()>{t!(i18n, actions.publish_new)}</a></p> })}
        </section>
    }
}
