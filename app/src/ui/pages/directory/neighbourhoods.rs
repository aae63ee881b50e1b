use crate::api::directory::list_neighbourhoods;
use crate::i18n::*;
use crate::model::directory::NeighbourhoodCard;
use crate::ui::components::format;
use crate::ui::components::neighbourhood_map::NeighbourhoodMap;
use crate::ui::pages::directory::{query_param, IfStaff, LoadFailed};
use leptos::prelude::*;
use leptos_meta::Title;

/// `/neighbourhoods`: the plot of their locations and a table of their facts.
#[component]
pub fn NeighbourhoodsPage() -> impl IntoView {
    let i18n = use_i18n();
    let text = query_param("q");
    let list = Resource::new(text, list_neighbourhoods);
    view! {
        <Title text=t_string!(i18n, nav.neighbourhoods).to_string() />
        <h1>{t!(i18n, nav.neighbourhoods)}</h1>
        <IfStaff>
            <p class="actions"><a class="button" href="/neighbourhoods/new">{t!(i18n, directory.new_neighbourhood)}</a></p>
        </IfStaff>
        <form method="get" action="/neighbourhoods" class="filters" role="search">
            <div class="field">
                <label for="f-q">{t!(i18n, directory.search_label)}</label>
                <input id="f-q" type="search" name="q" value=text />
            </div>
            <button type="submit" class="button">{t!(i18n, directory.apply)}</button>
        </form>
        <Transition fallback=|| ()>
            {move || list.get().map(|result| match result {
                Err(error) => view! { <LoadFailed error /> }.into_any(),
                Ok(list) if list.is_empty() => view! {
                    <div class="panel empty-state"><p>{t!(i18n, directory.no_neighbourhoods)}</p></div>
                }.into_any(),
                Ok(list) => view! {
                    <NeighbourhoodMap neighbourhoods=list.clone() />
                    <NeighbourhoodTable list />
                }.into_any(),
            })}
        </Transition>
    }
}

#[component]
fn NeighbourhoodTable(list: Vec<NeighbourhoodCard>) -> impl IntoView {
    let i18n = use_i18n();
    let count = |n: Option<i64>| n.map(format::grouped).unwrap_or_default();
    view! {
        <div class="table-wrap">
            <table class="data">
                <thead>
                    <tr>
                        <th scope="col">{t!(i18n, directory.name)}</th>
                        <th scope="col">{t!(i18n, directory.city)}</th>
                        <th scope="col">{t!(i18n, directory.county)}</th>
                        <th scope="col">{t!(i18n, directory.population)}</th>
                        <th scope="col">{t!(i18n, directory.households)}</th>
                    </tr>
                </thead>
                <tbody>
                    {list.into_iter().map(|n| view! {
                        <tr>
                            <th scope="row"><a href=format!("/neighbourhoods/{}", n.id)>{n.name}</a></th>
                            <td>{n.city}</td>
                            <td>{n.county}</td>
                            <td class="number">{count(n.population)}</td>
                            <td class="number">{count(n.households)}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}
