use crate::api::directory::get_neighbourhood;
use crate::i18n::*;
use crate::model::directory::NeighbourhoodDetail;
use crate::ui::components::neighbourhood_map::NeighbourhoodMap;
use crate::ui::components::{format, labels};
use crate::ui::pages::directory::committee::History;
use crate::ui::pages::directory::committee::WorkingGroupList;
use crate::ui::pages::directory::organisations::OrganisationCardView;
use crate::ui::pages::directory::{id_param, IfStaff, LoadFailed};
use crate::ui::pages::projects::card::ProjectCardView;
use crate::ui::pages::proposals::assessments::Assessments;
use crate::ui::pages::proposals::card::ProposalCardView;
use leptos::prelude::*;
use leptos_meta::Title;

/// `/neighbourhoods/{id}`: its facts, main problems per dimension, the organisations active
/// there and its working groups.
#[component]
pub fn NeighbourhoodPage() -> impl IntoView {
    let id = id_param();
    let detail = Resource::new(id, get_neighbourhood);
    view! {
        <Transition fallback=|| ()>
            {move || detail.get().map(|result| match result {
                Err(error) => view! { <LoadFailed error /> }.into_any(),
                Ok(place) => view! { <Neighbourhood place /> }.into_any(),
            })}
        </Transition>
    }
}

#[component]
fn Neighbourhood(place: NeighbourhoodDetail) -> impl IntoView {
    let i18n = use_i18n();
    let NeighbourhoodDetail {
        card,
        district,
        area_hectares,
        facilitation_office,
        problems,
        organisations,
        working_groups,
        assessments,
        may_record_assessment,
        proposals,
        projects,
        project_count,
        history,
    } = place;
    let count = |n: Option<i64>| n.map(format::grouped);
    view! {
        <Title text=card.name.clone() />
        <nav class="crumbs" aria-label=move || t_string!(i18n, directory.breadcrumbs)>
            <a href="/neighbourhoods">{t!(i18n, nav.neighbourhoods)}</a>
        </nav>
        <h1>{card.name.clone()}</h1>
        <IfStaff>
            <p><a class="button secondary" href=format!("/neighbourhoods/{}/edit", card.id)>{t!(i18n, directory.edit)}</a></p>
        </IfStaff>
        <div class="columns">
            <section class="panel" aria-labelledby="facts-h">
                <h2 id="facts-h">{t!(i18n, directory.facts)}</h2>
                <dl class="facts">
                    <dt>{t!(i18n, directory.city)}</dt><dd>{card.city.clone()}</dd>
                    {(!card.county.is_empty()).then(|| view! { <dt>{t!(i18n, directory.county)}</dt><dd>{card.county.clone()}</dd> })}
                    {(!district.is_empty()).then(|| view! { <dt>{t!(i18n, directory.district)}</dt><dd>{district.clone()}</dd> })}
                    {count(card.population).map(|p| view! { <dt>{t!(i18n, directory.population)}</dt><dd>{p}</dd> })}
                    {count(card.households).map(|h| view! { <dt>{t!(i18n, directory.households)}</dt><dd>{h}</dd> })}
                    {area_hectares.map(|a| view! { <dt>{t!(i18n, directory.area)}</dt><dd>{format::decimal(a, 1)}</dd> })}
                    {facilitation_office.clone().map(|o| view! {
                        <dt>{t!(i18n, directory.facilitation_office)}</dt>
                        <dd><a href=format!("/organisations/{}", o.id)>{o.name}</a></dd>
                    })}
                </dl>
            </section>
            <section class="panel" aria-labelledby="problems-h">
                <h2 id="problems-h">{t!(i18n, directory.problems)}</h2>
                {if problems.is_empty() {
                    view! { <p class="muted">{t!(i18n, directory.no_problems)}</p> }.into_any()
                } else {
                    view! {
                        <dl class="facts">
                            {problems.into_iter().map(|(d, text)| view! {
                                <dt>{labels::dimension(d)}</dt><dd>{text}</dd>
                            }).collect_view()}
                        </dl>
                    }.into_any()
                }}
            </section>
        </div>
        <NeighbourhoodMap neighbourhoods=vec![card.clone()] />
        <section class="panel" aria-labelledby="orgs-h">
            <h2 id="orgs-h">{t!(i18n, directory.active_organisations)}</h2>
            {if organisations.is_empty() {
                view! { <p class="muted">{t!(i18n, directory.no_organisations)}</p> }.into_any()
            } else {
                view! {
                    <ul class="cards plain">
                        {organisations.into_iter().map(|card| view! { <OrganisationCardView card /> }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
        <section class="panel" aria-labelledby="wg-h">
            <h2 id="wg-h">{t!(i18n, directory.working_groups)}</h2>
            <WorkingGroupList groups=working_groups />
        </section>
        <Assessments neighbourhood_id=card.id entries=assessments may_record=may_record_assessment />
        {(!proposals.is_empty()).then(|| view! {
            <section class="panel" aria-labelledby="proposals-h">
                <h2 id="proposals-h">{t!(i18n, nav.proposals)}</h2>
                <ul class="cards plain">
                    {proposals.into_iter().map(|card| view! { <ProposalCardView card /> }).collect_view()}
                </ul>
            </section>
        })}
        <section class="panel" aria-labelledby="projects-h">
            <h2 id="projects-h">{t!(i18n, nav.projects)}</h2>
            {if projects.is_empty() {
                view! { <p class="muted">{t!(i18n, projects.none_here)}</p> }.into_any()
            } else {
                let more = project_count > projects.len() as i64;
                view! {
                    <ul class="cards plain">
                        {projects.into_iter().map(|card| view! { <ProjectCardView card /> }).collect_view()}
                    </ul>
                    {more.then(|| view! {
                        <p><a href=format!("/projects?neighbourhood={}", card.id)>
                            {t!(i18n, projects.all_here, count = format::number(project_count))}
                        </a></p>
                    })}
                }.into_any()
            }}
        </section>
        <crate::ui::pages::centres::CentresOfPanel neighbourhood=card.id />
        <crate::ui::pages::actions::ActionsOfPlace of="neighbourhood" id=card.id />
        {history.map(|entries| view! { <History entries /> })}
    }
}
