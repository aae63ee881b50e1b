use super::comments::Comments;
use super::documents::Documents;
use super::move_form::MoveForm;
use crate::api::proposals::get_proposal;
use crate::domain::proposal_flow::{ProposalMove, ProposalStatus};
use crate::i18n::*;
use crate::model::proposals::{MoveEntry, ProposalDetail};
use crate::ui::components::refresh::provide_refresh;
use crate::ui::components::{format, labels, proposal_labels};
use crate::ui::pages::directory::{id_param, LoadFailed};
use leptos::prelude::*;
use leptos_meta::Title;

/// `/proposals/{id}`: what is proposed, where it stands and how it got there, what the caller
/// may do next, and the committee's discussion.
#[component]
pub fn ProposalPage() -> impl IntoView {
    let id = id_param();
    let refresh = provide_refresh();
    let detail = Resource::new(move || (id(), refresh.0.get()), |(id, _)| get_proposal(id));
    view! {
        <Transition fallback=|| ()>
            {move || detail.get().map(|result| match result {
                Err(error) => view! { <LoadFailed error /> }.into_any(),
                Ok(proposal) => view! { <Proposal proposal /> }.into_any(),
            })}
        </Transition>
    }
}

#[component]
fn Proposal(proposal: ProposalDetail) -> impl IntoView {
    let i18n = use_i18n();
    let ProposalDetail {
        card,
        summary,
        objectives,
        beneficiaries,
        groups,
        activities,
        duration_months,
        partners,
        assessment,
        created_at_ms,
        submitted_at_ms,
        version: _,
        may_edit,
        moves,
        committees,
        journey,
        comments,
        may_comment,
        documents,
        may_attach,
        project_id,
    } = proposal;
    let id = card.id;
    // A revision's reason leads the page, where the proposer looks first.
    let revision = (card.status == ProposalStatus::RevisionRequested)
        .then(|| {
            journey
                .iter()
                .rev()
                .find(|e| e.action == Some(ProposalMove::RequestRevision))
                .map(|e| e.reason.clone())
        })
        .flatten();
    let groups = format::list(groups.into_iter().map(proposal_labels::group));
    let text_block =
        |text: String| (!text.is_empty()).then(|| view! { <p class="prose" dir="auto">{text}</p> });
    view! {
        <Title text=card.title.clone() />
        <nav class="crumbs" aria-label=move || t_string!(i18n, directory.breadcrumbs)>
            <a href="/proposals">{t!(i18n, nav.proposals)}</a>
        </nav>
        <h1 dir="auto">{card.title.clone()}</h1>
        <p>
            <span class=proposal_labels::status_class(card.status)>{proposal_labels::status(card.status)}</span>
            {card.waiting_days.map(|days| view! {
                " " <span class="badge warn">{t!(i18n, proposals.waiting_days, count = move || format::number(days))}</span>
            })}
        </p>
        {revision.map(|reason| view! {
            <section class="callout warn" aria-labelledby="revision-h">
                <h2 id="revision-h">{t!(i18n, proposals.revision_heading)}</h2>
                <p class="prose" dir="auto">{reason}</p>
                {may_edit.then(|| view! {
                    <p><a class="button" href=format!("/proposals/{id}/edit")>{t!(i18n, proposals.edit)}</a></p>
                })}
            </section>
        })}
        {project_id.map(|p| view! {
            <p><a class="button" href=format!("/projects/{p}")>{t!(i18n, proposals.its_project)}</a></p>
        })}
        {(may_edit && card.status != ProposalStatus::RevisionRequested).then(|| view! {
            <p><a class="button secondary" href=format!("/proposals/{id}/edit")>{t!(i18n, proposals.edit)}</a></p>
        })}
        <div class="columns">
            <section class="panel" aria-labelledby="facts-h">
                <h2 id="facts-h">{t!(i18n, directory.facts)}</h2>
                <dl class="facts">
                    <dt>{t!(i18n, proposals.proposing_as)}</dt>
                    <dd><a href=format!("/organisations/{}", card.organisation.id)>{card.organisation.name.clone()}</a></dd>
                    {(!card.neighbourhoods.is_empty()).then(|| view! {
                        <dt>{t!(i18n, proposals.neighbourhoods)}</dt>
                        <dd>{card.neighbourhoods.clone().into_iter().map(|n| view! {
                            <a href=format!("/neighbourhoods/{}", n.id)>{n.name}</a> " "
                        }).collect_view()}</dd>
                    })}
                    {card.dimension.map(|d| view! { <dt>{t!(i18n, directory.dimension)}</dt><dd>{labels::dimension(d)}</dd> })}
                    {card.committee.clone().map(|c| view! {
                        <dt>{t!(i18n, proposals.committee)}</dt>
                        <dd><a href=format!("/committees/{}", c.id)>{c.name}</a></dd>
                    })}
                    {card.budget_rials.map(|b| view! { <dt>{t!(i18n, proposals.budget)}</dt><dd>{format::rials(b)}</dd> })}
                    {duration_months.map(|m| view! { <dt>{t!(i18n, proposals.duration)}</dt><dd>{format::number(m)}</dd> })}
                    {beneficiaries.map(|b| view! { <dt>{t!(i18n, proposals.beneficiaries)}</dt><dd>{format::grouped(b)}</dd> })}
                    {(!groups.is_empty()).then(|| view! { <dt>{t!(i18n, proposals.groups)}</dt><dd>{groups.clone()}</dd> })}
                    {(!partners.is_empty()).then(|| view! {
                        <dt>{t!(i18n, proposals.partners)}</dt>
                        <dd>{format::list(partners.iter().map(|p| p.name.clone()))}</dd>
                    })}
                    {assessment.map(|a| view! { <dt>{t!(i18n, proposals.assessment)}</dt><dd>{a.name}</dd> })}
                    <dt>{t!(i18n, proposals.created)}</dt><dd>{format::date(created_at_ms)}</dd>
                    {submitted_at_ms.map(|at| view! { <dt>{t!(i18n, proposals.submitted)}</dt><dd>{format::date(at)}</dd> })}
                </dl>
            </section>
            <section class="panel" aria-labelledby="content-h">
                <h2 id="content-h">{t!(i18n, proposals.summary)}</h2>
                {text_block(summary)}
                <h3>{t!(i18n, proposals.objectives)}</h3>
                {text_block(objectives)}
                <h3>{t!(i18n, proposals.activities)}</h3>
                {text_block(activities)}
            </section>
        </div>
        <Documents id documents may_attach />
        {(!moves.is_empty()).then(|| view! { <MoveForm id moves committees /> })}
        <Journey entries=journey />
        <Comments id comments may_comment />
    }
}

/// Every move the proposal made, oldest first, with who made it and why.
#[component]
fn Journey(entries: Vec<MoveEntry>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="panel" aria-labelledby="journey-h">
            <h2 id="journey-h">{t!(i18n, proposals.journey)}</h2>
            {if entries.is_empty() {
                view! { <p class="muted">{t!(i18n, proposals.no_moves)}</p> }.into_any()
            } else {
                view! {
                    <ol class="timeline">
                        {entries.into_iter().map(|e| view! {
                            <li>
                                <span class="muted small">{format::date(e.at_ms)}</span> " "
                                <strong>{e.action.map(proposal_labels::action).unwrap_or_default()}</strong>
                                {e.to.map(|s| view! { " " {t!(i18n, proposals.arrow)} " " <span class=proposal_labels::status_class(s)>{proposal_labels::status(s)}</span> })}
                                " " <span class="muted">{e.actor.unwrap_or_default()}</span>
                                {e.committee.map(|c| view! { " · " <span class="muted">{c}</span> })}
                                {(!e.reason.is_empty()).then(|| view! { <p class="prose" dir="auto">{e.reason.clone()}</p> })}
                            </li>
                        }).collect_view()}
                    </ol>
                }.into_any()
            }}
        </section>
    }
}
