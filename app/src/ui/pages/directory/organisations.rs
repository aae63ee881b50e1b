use crate::api::directory::list_organisations;
use crate::domain::codes::{Dimension, OrgKind, OrgStatus};
use crate::domain::digits::parse_number;
use crate::i18n::*;
use crate::model::directory::{OrganisationCard, OrganisationPage};
use crate::ui::components::filter_select::{FilterSelect, NeighbourhoodFilter};
use crate::ui::components::pager::{urlencode, Pager};
use crate::ui::components::{format, labels};
use crate::ui::layout::user::use_session_user;
use crate::ui::pages::directory::{query_param, IfStaff, LoadFailed};
use leptos::prelude::*;
use leptos_meta::Title;

/// `/organisations`: filter by kind, dimension, neighbourhood (and, for officials,
/// verification status); search; paginated.
#[component]
pub fn OrganisationsPage() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session_user();
    let (kind, dimension, place, status, text) = (
        query_param("kind"),
        query_param("dimension"),
        query_param("neighbourhood"),
        query_param("status"),
        query_param("q"),
    );
    let page_param = query_param("page");
    let page = move || parse_number(&page_param()).unwrap_or(1).max(1);
    let list = Resource::new(
        move || (kind(), dimension(), place(), status(), text(), page()),
        |(k, d, n, s, q, p)| list_organisations(k, d, n, s, q, p),
    );
    let is_staff = move || {
        session
            .user
            .get()
            .flatten()
            .is_some_and(|u| !matches!(u.role, crate::domain::roles::Role::Member))
    };
    let href = move |p: i64| {
        format!(
            "/organisations?kind={}&dimension={}&neighbourhood={}&status={}&q={}&page={p}",
            kind(),
            dimension(),
            place(),
            status(),
            urlencode(&text())
        )
    };
    view! {
        <Title text=t_string!(i18n, nav.organisations).to_string() />
        <h1>{t!(i18n, nav.organisations)}</h1>
        <p class="actions">
            <a class="button" href="/organisations/new">{t!(i18n, directory.register_organisation)}</a>
        </p>
        <IfStaff>
            <p class="actions">
                <a class="button secondary" href="/capacities">{t!(i18n, directory.capacities_link)}</a>
                " "
                <a class="button secondary" href="/export/organisations.xlsx" download>{t!(i18n, directory.export_xlsx)}</a>
                " "
                <a class="button secondary" href="/export/organisations.csv" download>{t!(i18n, directory.export_csv)}</a>
            </p>
        </IfStaff>
        <form method="get" action="/organisations" class="filters" role="search">
            <div class="field">
                <label for="f-q">{t!(i18n, directory.search_label)}</label>
                <input id="f-q" type="search" name="q" value=text />
            </div>
            <FilterSelect id="f-kind" name="kind" options=OrgKind::ALL.iter().map(|c| (c.as_str().to_string(), labels::org_kind(*c))).collect() selected=kind>
                {t!(i18n, directory.kind)}
            </FilterSelect>
            <FilterSelect id="f-dimension" name="dimension" options=Dimension::ALL.iter().map(|c| (c.as_str().to_string(), labels::dimension(*c))).collect() selected=dimension>
                {t!(i18n, directory.dimension)}
            </FilterSelect>
            <NeighbourhoodFilter selected=place />
            <Transition fallback=|| ()>
                {move || is_staff().then(|| view! {
                    <div class="field">
                        <label for="f-status">{t!(i18n, directory.status)}</label>
                        <select id="f-status" name="status">
                            <option value="">{t!(i18n, directory.all)}</option>
                            {OrgStatus::ALL.iter().map(|s| view! {
                                <option value=s.as_str() selected=move || status() == s.as_str()>{labels::org_status(*s)}</option>
                            }).collect_view()}
                        </select>
                    </div>
                })}
            </Transition>
            <button type="submit" class="button">{t!(i18n, directory.apply)}</button>
        </form>
        <Transition fallback=|| ()>
            {move || list.get().map(|result| match result {
                Err(error) => view! { <LoadFailed error /> }.into_any(),
                Ok(OrganisationPage { rows, total, page, pages }) => view! {
                    <p class="muted">{t!(i18n, directory.found, count = move || format::number(total))}</p>
                    {if rows.is_empty() {
                        view! { <div class="panel empty-state"><p>{t!(i18n, directory.no_organisations)}</p></div> }.into_any()
                    } else {
                        view! {
                            <ul class="cards plain">
                                {rows.into_iter().map(|card| view! { <OrganisationCardView card /> }).collect_view()}
                            </ul>
                        }.into_any()
                    }}
                    <Pager page pages href />
                }.into_any(),
            })}
        </Transition>
    }
}

#[component]
pub fn OrganisationCardView(card: OrganisationCard) -> impl IntoView {
    let i18n = use_i18n();
    let dims = format::list(card.dimensions.iter().map(|d| labels::dimension(*d)));
    view! {
        <li class="card">
            <h2><a href=format!("/organisations/{}", card.id)>{card.name.clone()}</a></h2>
            <p>
                <span class="badge">{labels::org_kind(card.kind)}</span>
                {(card.status != OrgStatus::Verified).then(|| view! {
                    " " <span class="badge danger">{labels::org_status(card.status)}</span>
                })}
            </p>
            {(!dims.is_empty()).then(|| view! { <p class="muted small">{dims}</p> })}
            <p class="muted small">
                {t!(i18n, directory.active_in, count = move || format::number(card.neighbourhoods))}
                " · "
                {t!(i18n, directory.capacity_count, count = move || format::number(card.capacities))}
            </p>
        </li>
    }
}
