use super::prepare::PrepareForms;
use crate::api::reports::list_reports;
use crate::domain::paging::page_count;
use crate::domain::report_rules::REPORTS_PAGE;
use crate::i18n::*;
use crate::model::reports::{ReportCard, ReportsPage as Page};
use crate::ui::components::pager::Pager;
use crate::ui::components::{format, report_labels};
use crate::ui::pages::directory::LoadFailed;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// `/reports`: the frozen reports, latest first, for everyone; officials prepare new ones.
#[component]
pub fn ReportsPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let page = move || {
        query
            .with(|q| q.get("page").and_then(|p| p.parse::<i64>().ok()))
            .unwrap_or(1)
    };
    let list = Resource::new(page, list_reports);
    view! {
        <Title text=t_string!(i18n, reports.title).to_string() />
        <nav class="crumbs" aria-label=move || t_string!(i18n, directory.breadcrumbs)>
            <a href="/campaigns">{t!(i18n, actions.campaigns_title)}</a>
        </nav>
        <h1>{t!(i18n, reports.title)}</h1>
        <p class="lead">{t!(i18n, reports.lead)}</p>
        <Transition fallback=|| ()>
            {move || list.get().map(|result| match result {
                Err(error) => view! { <LoadFailed error /> }.into_any(),
                Ok(page) => view! { <Reports page /> }.into_any(),
            })}
        </Transition>
    }
}

#[component]
fn Reports(page: Page) -> impl IntoView {
    let i18n = use_i18n();
    let pages = page_count(page.total, REPORTS_PAGE);
    view! {
        <section class="panel" aria-labelledby="frozen-h">
            <h2 id="frozen-h">{t!(i18n, reports.frozen)}</h2>
            {if page.reports.is_empty() {
                view! { <p class="muted">{t!(i18n, reports.none)}</p> }.into_any()
            } else {
                view! { <ReportCards reports=page.reports /> }.into_any()
            }}
            <Pager page=page.page as i64 pages href=|p| format!("/reports?page={p}") />
        </section>
        {page.may_freeze.then(|| view! { <PrepareForms campaigns=page.campaigns this_year=page.this_year /> })}
    }
}

/// Frozen reports as a list: number, what each covers, when it was frozen.
#[component]
pub fn ReportCards(reports: Vec<ReportCard>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <ul class="plain list">
            {reports.into_iter().map(|r| {
                let covers = report_labels::covers(r.scope, r.campaign.as_ref().map(|c| c.name.as_str()), r.year, r.part);
                view! {
                    <li>
                        <a href=format!("/reports/{}", r.id)>
                            {t!(i18n, reports.number_of, number = format::digits(&r.number))} " \u{2014} "
                            <span dir="auto">{covers}</span>
                        </a>
                        <br />
                        <span class="muted">
                            {format::day(&r.starts_on)} " \u{2013} " {format::day(&r.ends_on)} " \u{00B7} "
                            {t!(i18n, reports.frozen_at, when = format::date(r.frozen_at))}
                        </span>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}
