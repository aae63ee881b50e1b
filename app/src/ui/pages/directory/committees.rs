use crate::api::directory::list_committees;
use crate::domain::codes::Dimension;
use crate::i18n::*;
use crate::model::directory::CommitteeCard;
use crate::ui::components::{format, labels};
use crate::ui::pages::directory::{query_param, IfStaff, LoadFailed};
use leptos::prelude::*;
use leptos_meta::Title;

/// `/committees`: cards with dimension, chair and member counts; filter, search, sort.
#[component]
pub fn CommitteesPage() -> impl IntoView {
    let i18n = use_i18n();
    let dimension = query_param("dimension");
    let text = query_param("q");
    let sort = query_param("sort");
    let cards = Resource::new(
        move || (dimension(), text(), sort()),
        |(d, q, s)| list_committees(d, q, s),
    );
    view! {
        <Title text=t_string!(i18n, nav.committees).to_string() />
        <h1>{t!(i18n, nav.committees)}</h1>
        <p class="muted">{t!(i18n, directory.committees_intro)}</p>
        <IfStaff>
            <p class="actions">
                <a class="button" href="/committees/new">{t!(i18n, directory.new_committee)}</a>
                " "
                <a class="button secondary" href="/people/new">{t!(i18n, directory.new_person)}</a>
                " "
                <a class="button secondary" href="/export/committees.xlsx" download>{t!(i18n, directory.export_xlsx)}</a>
                " "
                <a class="button secondary" href="/export/committees.csv" download>{t!(i18n, directory.export_csv)}</a>
            </p>
        </IfStaff>
        <form method="get" action="/committees" class="filters" role="search">
            <div class="field">
                <label for="f-q">{t!(i18n, directory.search_label)}</label>
                <input id="f-q" type="search" name="q" value=text />
            </div>
            <div class="field">
                <label for="f-dimension">{t!(i18n, directory.dimension)}</label>
                <select id="f-dimension" name="dimension">
                    <option value="">{t!(i18n, directory.all)}</option>
                    {Dimension::ALL.iter().map(|d| view! {
                        <option value=d.as_str() selected=move || dimension() == d.as_str()>{labels::dimension(*d)}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="f-sort">{t!(i18n, directory.sort)}</label>
                <select id="f-sort" name="sort">
                    <option value="name" selected=move || sort() == "name">{t!(i18n, directory.sort_name)}</option>
                    <option value="dimension" selected=move || sort() == "dimension">{t!(i18n, directory.sort_dimension)}</option>
                    <option value="members" selected=move || sort() == "members">{t!(i18n, directory.sort_members)}</option>
                </select>
            </div>
            <button type="submit" class="button">{t!(i18n, directory.apply)}</button>
        </form>
        <Transition fallback=|| ()>
            {move || cards.get().map(|result| match result {
                Err(error) => view! { <LoadFailed error /> }.into_any(),
                Ok(list) if list.is_empty() => view! {
                    <div class="panel empty-state"><p>{t!(i18n, directory.no_committees)}</p></div>
                }.into_any(),
                Ok(list) => view! {
                    <ul class="cards plain">
                        {list.into_iter().map(|card| view! { <CommitteeCardView card /> }).collect_view()}
                    </ul>
                }.into_any(),
            })}
        </Transition>
    }
}

#[component]
fn CommitteeCardView(card: CommitteeCard) -> impl IntoView {
    let i18n = use_i18n();
    let CommitteeCard {
        id,
        name,
        dimension,
        chair,
        agencies,
        ngos,
        experts,
        working_groups,
        ..
    } = card;
    view! {
        <li class="card">
            <h2><a href=format!("/committees/{id}")>{name}</a></h2>
            <p><span class=format!("badge dim-{}", dimension.as_str())>{labels::dimension(dimension)}</span></p>
            <p class="muted">
                {t!(i18n, directory.chair)} ": "
                {chair.unwrap_or_else(|| t_string!(i18n, directory.no_chair).to_string())}
            </p>
            <dl class="counts">
                <div><dt>{t!(i18n, directory.agencies)}</dt><dd>{format::number(agencies)}</dd></div>
                <div><dt>{t!(i18n, directory.ngos_short)}</dt><dd>{format::number(ngos)}</dd></div>
                <div><dt>{t!(i18n, directory.experts)}</dt><dd>{format::number(experts)}</dd></div>
                <div><dt>{t!(i18n, directory.working_groups)}</dt><dd>{format::number(working_groups)}</dd></div>
            </dl>
        </li>
    }
}
