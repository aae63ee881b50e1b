use super::forms::{EndForm, IntroduceForm};
use super::state_label;
use crate::api::pairings::{list_organisation_pairings, list_pairings};
use crate::domain::paging::page_count;
use crate::domain::pairing_rules::PairingState;
use crate::domain::pairing_rules::PAIRINGS_PAGE;
use crate::i18n::*;
use crate::model::pairings::{PairingView, PairingsPage as Page};
use crate::ui::components::format;
use crate::ui::components::pager::Pager;
use crate::ui::pages::directory::LoadFailed;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// `/pairings`: every pairing, active ones first; officials introduce new ones and end them.
#[component]
pub fn PairingsPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let page = move || {
        query
            .with(|q| q.get("page").and_then(|p| p.parse::<i64>().ok()))
            .unwrap_or(1)
    };
    let list = Resource::new(page, list_pairings);
    view! {
        <Title text=t_string!(i18n, pairings.title).to_string() />
        <h1>{t!(i18n, pairings.title)}</h1>
        <p class="lead">{t!(i18n, pairings.lead)}</p>
        <Transition fallback=|| ()>
            {move || list.get().map(|result| match result {
                Err(error) => view! { <LoadFailed error /> }.into_any(),
                Ok(page) => view! { <Pairings page /> }.into_any(),
            })}
        </Transition>
    }
}

#[component]
fn Pairings(page: Page) -> impl IntoView {
    let i18n = use_i18n();
    let pages = page_count(page.total, PAIRINGS_PAGE);
    let manage = page.may_manage;
    view! {
        <section class="panel" aria-labelledby="pairings-h">
            <h2 id="pairings-h">{t!(i18n, pairings.heading)}</h2>
            {if page.pairings.is_empty() {
                view! { <p class="muted">{t!(i18n, pairings.none)}</p> }.into_any()
            } else {
                view! {
                    <ul class="plain list">
                        {page.pairings.into_iter().map(|p| view! { <li><Pairing pairing=p manage /></li> }).collect_view()}
                    </ul>
                }.into_any()
            }}
            <Pager page=page.page as i64 pages href=|p| format!("/pairings?page={p}") />
        </section>
        {manage.then(|| view! { <IntroduceForm organisations=page.organisations.clone() /> })}
    }
}

/// One pairing: who helps whom, with what, towards what; how it ended.
#[component]
fn Pairing(pairing: PairingView, manage: bool) -> impl IntoView {
    let i18n = use_i18n();
    let p = pairing;
    let active = p.state == PairingState::Active;
    let class = if active { "badge ok" } else { "badge" };
    view! {
        <article class="pairing" id=format!("pairing-{}", p.id) aria-labelledby=format!("pairing-{}-h", p.id)>
            <h3 id=format!("pairing-{}-h", p.id)>
                <a href=format!("/organisations/{}", p.mentor.id) dir="auto">{p.mentor.name.clone()}</a>
                " " {t!(i18n, pairings.arrow)} " "
                <a href=format!("/organisations/{}", p.mentee.id) dir="auto">{p.mentee.name.clone()}</a>
                " " <span class=class>{state_label(p.state)}</span>
            </h3>
            <dl class="facts">
                <dt>{t!(i18n, pairings.offered)}</dt><dd class="prewrap" dir="auto">{p.offered.clone()}</dd>
                <dt>{t!(i18n, pairings.goals)}</dt><dd class="prewrap" dir="auto">{p.goals.clone()}</dd>
                <dt>{t!(i18n, pairings.since)}</dt><dd>{format::day(&p.starts_on)}</dd>
                {p.ended_on.clone().map(|d| view! { <dt>{t!(i18n, pairings.ended_on)}</dt><dd>{format::day(&d)}</dd> })}
                {(!p.outcome.is_empty()).then(|| view! { <dt>{t!(i18n, pairings.outcome)}</dt><dd class="prewrap" dir="auto">{p.outcome.clone()}</dd> })}
            </dl>
            {(manage && active).then(|| view! { <EndForm id=p.id /> })}
        </article>
    }
}

/// On an organisation's page: the pairings it mentors or is mentored in.
#[component]
pub fn PairingsOfPanel(organisation: i64) -> impl IntoView {
    let i18n = use_i18n();
    let list = Resource::new(move || organisation, list_organisation_pairings);
    view! {
        <Transition fallback=|| ()>
            {move || list.get().and_then(Result::ok).filter(|l| !l.is_empty()).map(|pairings| view! {
                <section class="panel" aria-labelledby="org-pairings-h">
                    <h2 id="org-pairings-h">{t!(i18n, pairings.heading)}</h2>
                    <ul class="plain list">
                        {pairings.into_iter().map(|p| {
                            let mentor = p.mentor.id == organisation;
                            let other = if mentor { p.mentee.clone() } else { p.mentor.clone() };
                            view! {
                                <li>
                                    {if mentor { t!(i18n, pairings.mentors).into_any() } else { t!(i18n, pairings.mentored_by).into_any() }}
                                    " "
                                    <a href=format!("/organisations/{}", other.id) dir="auto">{other.name}</a>
                                    " " <span class="badge">{state_label(p.state)}</span>
                                    <br />
                                    <span class="muted" dir="auto">{p.offered.clone()}</span>
                                    " " <a href=format!("/pairings#pairing-{}", p.id)>{t!(i18n, pairings.details)}</a>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                </section>
            })}
        </Transition>
    }
}
