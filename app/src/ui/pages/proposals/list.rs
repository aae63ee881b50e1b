use super::card::ProposalCardView;
use crate::api::directory::list_neighbourhoods;
use crate::api::proposals::list_proposals;
use crate::domain::codes::Dimension;
use crate::domain::digits::parse_number;
use crate::domain::proposal_flow::ProposalStatus;
use crate::i18n::*;
use crate::model::proposals::ProposalListPage;
use crate::ui::components::pager::{urlencode, Pager};
use crate::ui::components::{format, labels, proposal_labels};
use crate::ui::pages::directory::{query_param, LoadFailed};
use leptos::prelude::*;
use leptos_meta::Title;

/// `/proposals`: an NGO's own, those before the caller's committees, or (officials) all;
/// filtered by status, dimension, neighbourhood, committee and waiting time; sorted; paged.
#[component]
pub fn ProposalsPage() -> impl IntoView {
    let i18n = use_i18n();
    let (status, dimension, place, committee, waiting, sort, text) = (
        query_param("status"),
        query_param("dimension"),
        query_param("neighbourhood"),
        query_param("committee"),
        query_param("waiting"),
        query_param("sort"),
        query_param("q"),
    );
    let page_param = query_param("page");
    let page = move || parse_number(&page_param()).unwrap_or(1).max(1);
    let list = Resource::new(
        move || {
            (
                (status(), dimension(), place(), committee()),
                (waiting(), sort(), text(), page()),
            )
        },
        |((s, d, n, c), (w, o, q, p))| list_proposals(s, d, n, c, w, o, q, p),
    );
    let places = Resource::new(|| (), |_| list_neighbourhoods(String::new()));
    let href = move |p: i64| {
        format!(
            "/proposals?status={}&dimension={}&neighbourhood={}&committee={}&waiting={}&sort={}&q={}&page={p}",
            status(),
            dimension(),
            place(),
            committee(),
            waiting(),
            sort(),
            urlencode(&text())
        )
    };
    view! {
        <Title text=move || t_string!(i18n, nav.proposals).to_string() />
        <h1>{t!(i18n, nav.proposals)}</h1>
        <Transition fallback=|| ()>
            {move || list.get().and_then(Result::ok).filter(|l| l.may_propose).map(|_| view! {
                <p class="actions"><a class="button" href="/proposals/new">{t!(i18n, proposals.new_proposal)}</a></p>
            })}
        </Transition>
        <form method="get" action="/proposals" class="filters" role="search">
            <div class="field">
                <label for="f-q">{t!(i18n, directory.search_label)}</label>
                <input id="f-q" type="search" name="q" value=text />
            </div>
            <div class="field">
                <label for="f-status">{t!(i18n, proposals.status)}</label>
                <select id="f-status" name="status">
                    <option value="">{t!(i18n, directory.all)}</option>
                    {ProposalStatus::ALL.iter().map(|s| view! {
                        <option value=s.as_str() selected=move || status() == s.as_str()>{proposal_labels::status(*s)}</option>
                    }).collect_view()}
                </select>
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
                <label for="f-place">{t!(i18n, directory.neighbourhood)}</label>
                <select id="f-place" name="neighbourhood">
                    <option value="">{t!(i18n, directory.all)}</option>
                    <Transition fallback=|| ()>
                        {move || places.get().and_then(Result::ok).map(|list| list.into_iter().map(|n| {
                            let value = n.id.to_string();
                            let selected = place() == value;
                            view! { <option value=value selected=selected>{n.name}</option> }
                        }).collect_view())}
                    </Transition>
                </select>
            </div>
            <div class="field">
                <label for="f-committee">{t!(i18n, proposals.committee)}</label>
                <select id="f-committee" name="committee">
                    <option value="">{t!(i18n, directory.all)}</option>
                    <Transition fallback=|| ()>
                        {move || list.get().and_then(Result::ok).map(|l| l.committees.into_iter().map(|c| {
                            let value = c.id.to_string();
                            let selected = committee() == value;
                            view! { <option value=value selected=selected>{c.name}</option> }
                        }).collect_view())}
                    </Transition>
                </select>
            </div>
            <div class="field">
                <label for="f-waiting">{t!(i18n, proposals.waiting_filter)}</label>
                <select id="f-waiting" name="waiting">
                    <option value="">{t!(i18n, directory.all)}</option>
                    {[7i64, 30, 90].into_iter().map(|d| view! {
                        <option value=d.to_string() selected=move || waiting() == d.to_string()>
                            {t!(i18n, proposals.waiting_more_than, count = move || format::number(d))}
                        </option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="f-sort">{t!(i18n, directory.sort)}</label>
                <select id="f-sort" name="sort">
                    <option value="waiting" selected=move || sort() == "waiting">{t!(i18n, proposals.sort_waiting)}</option>
                    <option value="newest" selected=move || sort() == "newest">{t!(i18n, proposals.sort_newest)}</option>
                    <option value="title" selected=move || sort() == "title">{t!(i18n, proposals.sort_title)}</option>
                </select>
            </div>
            <button type="submit" class="button">{t!(i18n, directory.apply)}</button>
        </form>
        <Transition fallback=|| ()>
            {move || list.get().map(|result| match result {
                Err(error) => view! { <LoadFailed error /> }.into_any(),
                Ok(ProposalListPage { rows, total, page, pages, .. }) => view! {
                    <p class="muted">{t!(i18n, directory.found, count = move || format::number(total))}</p>
                    {if rows.is_empty() {
                        view! { <div class="panel empty-state"><p>{t!(i18n, proposals.none)}</p></div> }.into_any()
                    } else {
                        view! {
                            <ul class="cards plain">
                                {rows.into_iter().map(|card| view! { <ProposalCardView card /> }).collect_view()}
                            </ul>
                        }.into_any()
                    }}
                    <Pager page pages href />
                }.into_any(),
            })}
        </Transition>
    }
}
