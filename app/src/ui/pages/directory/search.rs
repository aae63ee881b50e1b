use crate::api::directory::search_directory;
use crate::domain::digits::parse_number;
use crate::domain::normalize::{fold_for_search, highlight};
use crate::i18n::*;
use crate::model::directory::{SearchGroup, SearchKind, SEARCH_PER_KIND};
use crate::ui::components::format;
use crate::ui::components::pager::{urlencode, Pager};
use crate::ui::pages::directory::{query_param, LoadFailed};
use leptos::prelude::*;
use leptos_meta::Title;

/// `/search?q=`: committees, working groups, organisations, people and neighbourhoods,
/// grouped, with what matched highlighted.
#[component]
pub fn SearchPage() -> impl IntoView {
    let i18n = use_i18n();
    let text = query_param("q");
    let page_param = query_param("page");
    let page = move || parse_number(&page_param()).unwrap_or(1).max(1);
    let results = Resource::new(move || (text(), page()), |(q, p)| search_directory(q, p));
    view! {
        <Title text=t_string!(i18n, directory.search_title).to_string() />
        <h1>{t!(i18n, directory.search_title)}</h1>
        <form method="get" action="/search" class="filters" role="search">
            <div class="field">
                <label for="f-q">{t!(i18n, directory.search_label)}</label>
                <input id="f-q" type="search" name="q" value=text />
            </div>
            <button type="submit" class="button">{t!(i18n, directory.search)}</button>
        </form>
        <Transition fallback=|| ()>
            {move || results.get().map(|result| match result {
                Err(error) => view! { <LoadFailed error /> }.into_any(),
                Ok(groups) if text().trim().is_empty() => {
                    drop(groups);
                    view! { <p class="muted">{t!(i18n, directory.search_hint)}</p> }.into_any()
                }
                Ok(groups) if groups.iter().all(|g| g.total == 0) => view! {
                    <div class="panel empty-state"><p>{t!(i18n, directory.no_results)}</p></div>
                }.into_any(),
                Ok(groups) => {
                    let needle = fold_for_search(&text());
                    let pages = groups.iter().map(|g| (g.total + SEARCH_PER_KIND - 1) / SEARCH_PER_KIND).max().unwrap_or(1).max(1);
                    let q = text();
                    view! {
                        {groups.into_iter().filter(|g| g.total > 0).map(|group| view! { <ResultGroup group needle=needle.clone() /> }).collect_view()}
                        <Pager page=page() pages href=move |p| format!("/search?q={}&page={p}", urlencode(&q)) />
                    }.into_any()
                }
            })}
        </Transition>
    }
}

fn kind_title(kind: SearchKind) -> String {
    let i18n = use_i18n();
    match kind {
        SearchKind::Committees => t_string!(i18n, nav.committees),
        SearchKind::WorkingGroups => t_string!(i18n, directory.working_groups),
        SearchKind::Organisations => t_string!(i18n, nav.organisations),
        SearchKind::People => t_string!(i18n, directory.people),
        SearchKind::Neighbourhoods => t_string!(i18n, nav.neighbourhoods),
        SearchKind::Centres => t_string!(i18n, centres.title),
        SearchKind::Campaigns => t_string!(i18n, actions.campaigns_title),
        SearchKind::Actions => t_string!(i18n, actions.heading),
        SearchKind::Opportunities => t_string!(i18n, shifts.title),
    }
    .to_string()
}

#[component]
fn ResultGroup(group: SearchGroup, needle: String) -> impl IntoView {
    let i18n = use_i18n();
    let total = group.total;
    view! {
        <section class="panel">
            <h2>{kind_title(group.kind)} " " <span class="muted small">{t!(i18n, directory.found, count = move || format::number(total))}</span></h2>
            <ul class="plain list">
                {group.hits.into_iter().map(|hit| view! {
                    <li>
                        <a href=hit.href>
                            {highlight(&hit.title, &needle).into_iter().map(|(piece, marked)| {
                                if marked { view! { <mark>{piece}</mark> }.into_any() } else { piece.into_any() }
                            }).collect_view()}
                        </a>
                        " " <span class="muted small">{subtitle(group.kind, &hit.subtitle)}</span>
                    </li>
                }).collect_view()}
            </ul>
        </section>
    }
}

/// Result subtitles that are codes (a committee's dimension, an organisation's kind) in words.
fn subtitle(kind: SearchKind, text: &str) -> String {
    use crate::domain::codes::{Dimension, OrgKind};
    use crate::ui::components::labels;
    match kind {
        SearchKind::Committees => Dimension::parse(text).map(labels::dimension),
        SearchKind::Organisations => OrgKind::parse(text).map(labels::org_kind),
        SearchKind::Campaigns => Some(crate::ui::components::format::day(text)),
        _ => None,
    }
    .unwrap_or_else(|| text.to_string())
}
