use super::card::ProjectCardView;
use crate::api::projects::list_projects;
use crate::domain::digits::parse_number;
use crate::domain::project_rules::ProjectStatus;
use crate::i18n::*;
use crate::model::projects::ProjectListPage;
use crate::ui::components::filter_select::{FilterSelect, NeighbourhoodFilter};
use crate::ui::components::pager::Pager;
use crate::ui::components::{format, project_labels};
use crate::ui::pages::directory::{query_param, IfStaff, LoadFailed};
use leptos::prelude::*;
use leptos_meta::Title;

/// `/projects`: what is being done where, by whom and how far along — open to everyone.
#[component]
pub fn ProjectsPage() -> impl IntoView {
    let i18n = use_i18n();
    let (status, place, page_param) = (
        query_param("status"),
        query_param("neighbourhood"),
        query_param("page"),
    );
    let page = move || parse_number(&page_param()).unwrap_or(1).max(1);
    let list = Resource::new(
        move || (status(), place(), page()),
        |(s, n, p)| list_projects(s, n, p),
    );
    let href = move |p: i64| {
        format!(
            "/projects?status={}&neighbourhood={}&page={p}",
            status(),
            place()
        )
    };
    view! {
        <Title text=t_string!(i18n, nav.projects).to_string() />
        <h1>{t!(i18n, nav.projects)}</h1>
        <p class="hint">{t!(i18n, projects.intro)}</p>
        <IfStaff>
            <p class="actions">
                <a class="button" href="/projects/new">{t!(i18n, projects.from_decision)}</a>
                " "
                <a class="button secondary" href="/follow-up">{t!(i18n, projects.follow_up)}</a>
                " "
                <a class="button secondary" href="/export/projects.xlsx" download>{t!(i18n, directory.export_xlsx)}</a>
            </p>
        </IfStaff>
        <form method="get" action="/projects" class="filters" role="search">
            <FilterSelect id="f-status" name="status" options=ProjectStatus::ALL.iter().map(|c| (c.as_str().to_string(), project_labels::status(*c))).collect() selected=status>
                {t!(i18n, proposals.status)}
            </FilterSelect>
            <NeighbourhoodFilter selected=place />
            <button type="submit" class="button">{t!(i18n, directory.apply)}</button>
        </form>
        <Transition fallback=|| ()>
            {move || list.get().map(|result| match result {
                Err(error) => view! { <LoadFailed error /> }.into_any(),
                Ok(ProjectListPage { rows, total, page, pages }) => view! {
                    <p class="muted">{t!(i18n, directory.found, count = move || format::number(total))}</p>
                    {if rows.is_empty() {
                        view! { <div class="panel empty-state"><p>{t!(i18n, projects.none)}</p></div> }.into_any()
                    } else {
                        view! {
                            <ul class="cards plain">
                                {rows.into_iter().map(|card| view! { <ProjectCardView card /> }).collect_view()}
                            </ul>
                        }.into_any()
                    }}
                    <Pager page pages href />
                }.into_any(),
            })}
        </Transition>
    }
}
