use super::action_list::ActionList;
use super::figures::Figures;
use crate::api::actions::get_campaign;
use crate::domain::action_rules::ACTIONS_PAGE;
use crate::i18n::*;
use crate::model::actions::CampaignDetail;
use crate::ui::components::pager::Pager;
use crate::ui::components::{action_labels, format};
use crate::ui::pages::directory::LoadFailed;
use crate::ui::pages::reports::ReportCards;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

/// `/campaigns/{id}`: a campaign's goals, its figures and its actions, for everyone.
#[component]
pub fn CampaignPage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let key = move || {
        let id = params.with(|p| p.get("id").and_then(|id| id.parse::<i64>().ok()));
        let page = query
            .with(|q| q.get("page").and_then(|p| p.parse::<i64>().ok()))
            .unwrap_or(1);
        (id, page)
    };
    let campaign = Resource::new(key, |(id, page)| async move {
        match id {
            Some(id) => get_campaign(id, page).await,
            None => Err(crate::api::AppError::NotFound),
        }
    });
    view! {
        <Transition fallback=|| ()>
            {move || campaign.get().map(|result| match result {
                Err(error) => view! { <LoadFailed error /> }.into_any(),
                Ok(campaign) => view! { <Campaign campaign /> }.into_any(),
            })}
        </Transition>
    }
}

#[component]
fn Campaign(campaign: CampaignDetail) -> impl IntoView {
    let i18n = use_i18n();
    let CampaignDetail {
        card,
        goals,
        drive,
        figures,
        actions,
        page,
        total,
        may_manage,
        may_publish,
        leaders,
        recognised,
        reports,
    } = campaign;
    let id = card.id;
    let pages = crate::domain::paging::page_count(total, ACTIONS_PAGE);
    let caption = t_string!(i18n, actions.heading).to_string();
    view! {
        <Title text=card.name.clone() />
        <nav class="crumbs" aria-label=move || t_string!(i18n, directory.breadcrumbs)>
            <a href="/campaigns">{t!(i18n, actions.campaigns_title)}</a>
        </nav>
        <h1 dir="auto">{card.name.clone()}</h1>
        <p class="lead">{format::day(&card.starts_on)} " \u{2013} " {format::day(&card.ends_on)}</p>
        <Figures figures />
        <section class="panel" aria-labelledby="goals-h">
            <h2 id="goals-h">{t!(i18n, actions.campaign_goals)}</h2>
            <p class="prewrap" dir="auto">{goals}</p>
            {drive.map(|(code, name, n)| view! {
                <p>
                    {t!(i18n, actions.drive)} ": "
                    <a dir="auto" href=format!("/volunteers/register?drive={code}")>{name}</a>
                    " \u{2014} " {t!(i18n, actions.drive_registered, n = format::number(n))}
                </p>
            })}
        </section>
        <section class="panel" aria-labelledby="leaders-h">
            <h2 id="leaders-h">{t!(i18n, scores.ranking)}</h2>
            {if leaders.is_empty() {
                view! { <p class="muted">{t!(i18n, scores.no_indicators)}</p> }.into_any()
            } else {
                view! {
                    <ol class="plain list">
                        {leaders.into_iter().map(|(c, tenths, rank)| view! {
                            <li>
                                {format::number(rank)} ". "
                                <a href=format!("/campaigns/{id}/centres/{}", c.id) dir="auto">{c.name}</a>
                                " \u{2014} " {action_labels::tenths(tenths)}
                            </li>
                        }).collect_view()}
                    </ol>
                }.into_any()
            }}
            {(!recognised.is_empty()).then(|| view! {
                <h3>{t!(i18n, scores.recognised_centres)}</h3>
                <ul class="plain list">
                    {recognised.into_iter().map(|(c, citation)| view! {
                        <li><a href=format!("/campaigns/{id}/centres/{}", c.id) dir="auto">{c.name}</a> " " <span dir="auto" class="muted">{citation}</span></li>
                    }).collect_view()}
                </ul>
            })}
            <p><a href=format!("/campaigns/{id}/scores")>{if may_manage { t!(i18n, scores.manage_link).into_any() } else { t!(i18n, scores.full_link).into_any() }}</a></p>
        </section>
        <section class="panel" aria-labelledby="actions-h">
            <h2 id="actions-h">{t!(i18n, actions.heading)}</h2>
            {if actions.is_empty() {
                view! { <p class="muted">{t!(i18n, actions.none_in_campaign)}</p> }.into_any()
            } else {
                view! { <ActionList actions caption /> }.into_any()
            }}
            <Pager page=page as i64 pages href=move |p| format!("/campaigns/{id}?page={p}") />
            {may_publish.then(|| view! {
                <p><a class="button secondary" href=format!("/actions/new?campaign={id}")>{t!(i18n, actions.publish_new)}</a></p>
            })}
        </section>
        <section class="panel" aria-labelledby="reports-h">
            <h2 id="reports-h">{t!(i18n, reports.title)}</h2>
            {if reports.is_empty() {
                view! { <p class="muted">{t!(i18n, reports.none_of_campaign)}</p> }.into_any()
            } else {
                view! { <ReportCards reports /> }.into_any()
            }}
            {may_manage.then(|| view! {
                <p><a class="button secondary" href=format!("/reports/draft?campaign={id}")>{t!(i18n, reports.prepare_campaign)}</a></p>
            })}
        </section>
    }
}
