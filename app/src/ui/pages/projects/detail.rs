use super::actions::{FollowUpForm, Milestones, StatusForm, UpdateForm};
use super::card::ProgressBar;
use super::journey::Journey;
use crate::api::projects::get_project;
use crate::i18n::*;
use crate::model::projects::ProjectDetail;
use crate::ui::components::refresh::provide_refresh;
use crate::ui::components::{format, labels, project_labels};
use crate::ui::pages::directory::{id_param, LoadFailed};
use leptos::prelude::*;
use leptos_meta::Title;

/// `/projects/{id}`: the project, its assignment and plan, what those involved may do next,
/// and its whole journey from the needs assessment on.
#[component]
pub fn ProjectPage() -> impl IntoView {
    let id = id_param();
    let refresh = provide_refresh();
    let detail = Resource::new(move || (id(), refresh.0.get()), |(id, _)| get_project(id));
    view! {
        <Transition fallback=|| ()>
            {move || detail.get().map(|result| match result {
                Err(error) => view! { <LoadFailed error /> }.into_any(),
                Ok(project) => view! { <Project project /> }.into_any(),
            })}
        </Transition>
    }
}

#[component]
fn Project(project: ProjectDetail) -> impl IntoView {
    let i18n = use_i18n();
    let ProjectDetail {
        card,
        summary,
        dimension,
        committee,
        decision,
        proposal_id,
        planned_start,
        planned_end,
        partners,
        people,
        milestones,
        moves,
        may_assign,
        may_report,
        may_follow_up,
        journey,
        version: _,
    } = project;
    let id = card.id;
    let period = match (&planned_start, &planned_end) {
        (None, None) => None,
        (s, e) => Some(format!(
            "{} {} {}",
            s.as_deref().map(format::day).unwrap_or_default(),
            t_string!(i18n, proposals.arrow),
            e.as_deref().map(format::day).unwrap_or_default()
        )),
    };
    view! {
        <Title text=card.title.clone() />
        <nav class="crumbs" aria-label=move || t_string!(i18n, directory.breadcrumbs)>
            <a href="/projects">{t!(i18n, nav.projects)}</a>
        </nav>
        <h1 dir="auto">{card.title.clone()}</h1>
        <p>
            <span class=project_labels::status_class(card.status)>{project_labels::status(card.status)}</span>
            {card.stalled.map(|s| view! { " " <span class="badge danger">{project_labels::stalled(s)}</span> })}
        </p>
        <ProgressBar percent=card.percent />
        {may_assign.then(|| view! {
            <p><a class="button secondary" href=format!("/projects/{id}/assign")>{t!(i18n, projects.assign)}</a></p>
        })}
        <div class="columns">
            <section class="panel" aria-labelledby="facts-h">
                <h2 id="facts-h">{t!(i18n, directory.facts)}</h2>
                <dl class="facts">
                    <dt>{t!(i18n, projects.lead)}</dt>
                    <dd>{match card.lead.clone() {
                        Some(l) => view! { <a href=format!("/organisations/{}", l.id)>{l.name}</a> }.into_any(),
                        None => view! { <span class="muted">{t!(i18n, projects.not_assigned)}</span> }.into_any(),
                    }}</dd>
                    {(!partners.is_empty()).then(|| view! {
                        <dt>{t!(i18n, proposals.partners)}</dt>
                        <dd>{partners.into_iter().map(|p| view! {
                            <a href=format!("/organisations/{}", p.organisation.id)>{p.organisation.name}</a>
                            {(!p.role.is_empty()).then(|| view! { " (" {p.role.clone()} ")" })} " "
                        }).collect_view()}</dd>
                    })}
                    {(!people.is_empty()).then(|| view! {
                        <dt>{t!(i18n, projects.people)}</dt>
                        <dd>{format::list(people.iter().map(|p| p.name.clone()))}</dd>
                    })}
                    {(!card.neighbourhoods.is_empty()).then(|| view! {
                        <dt>{t!(i18n, proposals.neighbourhoods)}</dt>
                        <dd>{card.neighbourhoods.clone().into_iter().map(|n| view! {
                            <a href=format!("/neighbourhoods/{}", n.id)>{n.name}</a> " "
                        }).collect_view()}</dd>
                    })}
                    {dimension.map(|d| view! { <dt>{t!(i18n, directory.dimension)}</dt><dd>{labels::dimension(d)}</dd> })}
                    {committee.map(|c| view! {
                        <dt>{t!(i18n, proposals.committee)}</dt>
                        <dd><a href=format!("/committees/{}", c.id)>{c.name}</a></dd>
                    })}
                    {card.budget_rials.map(|b| view! { <dt>{t!(i18n, proposals.budget)}</dt><dd>{format::rials(b)}</dd> })}
                    {period.map(|p| view! { <dt>{t!(i18n, projects.period)}</dt><dd>{p}</dd> })}
                    {proposal_id.map(|p| view! {
                        <dt>{t!(i18n, projects.proposal)}</dt>
                        <dd><a href=format!("/proposals/{p}")>{t!(i18n, projects.see_proposal)}</a></dd>
                    })}
                </dl>
            </section>
            <section class="panel" aria-labelledby="about-h">
                <h2 id="about-h">{t!(i18n, proposals.summary)}</h2>
                {(!summary.is_empty()).then(|| view! { <p class="prose" dir="auto">{summary.clone()}</p> })}
                {(!decision.is_empty()).then(|| view! {
                    <h3>{t!(i18n, projects.decision)}</h3>
                    <p class="prose" dir="auto">{decision.clone()}</p>
                })}
            </section>
        </div>
        <Milestones milestones may_tick=may_report />
        {(!moves.is_empty()).then(|| view! { <StatusForm id moves /> })}
        {may_report.then(|| view! { <UpdateForm id /> })}
        {may_follow_up.then(|| view! { <FollowUpForm id /> })}
        <Journey entries=journey project_id=id />
    }
}
