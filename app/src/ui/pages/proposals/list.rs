use super::card::ProposalCardView;
use crate::api::proposals::list_proposals;
use crate::domain::codes::Dimension;
use crate::domain::digits::parse_number;
use crate::domain::proposal_flow::ProposalStatus;
use crate::i18n::*;
use crate::model::proposals::ProposalListPage;
use crate::ui::components::filter_select::{FilterSelect, NeighbourhoodFilter};
use crate::ui::components::pager::{urlencode, Pager};
use crate::ui::components::{format, labels, proposal_labels};
use crate::ui::pages::directory::{anyone_signed_in, query_param, Gate, LoadFailed};
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
    let waiting_options = [7i64, 30, 90]
        .into_iter()
        .map(|d| {
            let label = t_string!(i18n, proposals.waiting_more_than, count = format::number(d));
            (d.to_string(), label.to_string())
        })
        .collect::<Vec<_>>();
    view! {
        <Title text=t_string!(i18n, nav.proposals).to_string() />
        <Gate admits=anyone_signed_in>
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
                <FilterSelect id="f-status" name="status" options=ProposalStatus::ALL.iter().map(|c| (c.as_str().to_string(), proposal_labels::status(*c))).collect() selected=status>
                    {t!(i18n, proposals.status)}
                </FilterSelect>
                <FilterSelect id="f-dimension" name="dimension" options=Dimension::ALL.iter().map(|c| (c.as_str().to_string(), labels::dimension(*c))).collect() selected=dimension>
                    {t!(i18n, directory.dimension)}
                </FilterSelect>
                <NeighbourhoodFilter selected=place />
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
                <FilterSelect id="f-waiting" name="waiting" options=waiting_options.clone() selected=waiting>
                    {t!(i18n, proposals.waiting_filter)}
                </FilterSelect>
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
        </Gate>
    }
}
