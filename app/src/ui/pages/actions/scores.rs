use super::score_forms::{IndicatorForm, RecognitionForms, RecordForm, ReviewForm};
use crate::api::actions::get_campaign_scores;
use crate::i18n::*;
use crate::model::scores::{CentreScoreView, IndicatorView, ScoresPage as Page};
use crate::ui::components::{action_labels, format};
use crate::ui::pages::directory::LoadFailed;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

/// `/campaigns/{id}/scores`: the centres ranked by the campaign's indicators, each figure a
/// link to the record it counts; officials keep the indicators, score self-assessments,
/// record the scores and recognise centres here.
#[component]
pub fn ScoresPage() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.with(|p| p.get("id").and_then(|id| id.parse::<i64>().ok()));
    let page = Resource::new(id, |id| async move {
        match id {
            Some(id) => get_campaign_scores(id).await,
            None => Err(crate::api::AppError::NotFound),
        }
    });
    view! {
        <Transition fallback=|| ()>
            {move || page.get().map(|result| match result {
                Err(error) => view! { <LoadFailed error /> }.into_any(),
                Ok(page) => view! { <Scores page /> }.into_any(),
            })}
        </Transition>
    }
}

#[component]
fn Scores(page: Page) -> impl IntoView {
    let i18n = use_i18n();
    let Page {
        campaign,
        indicators,
        ranking,
        recorded_at,
        may_manage,
        waiting,
    } = page;
    let id = campaign.id;
    let title = t_string!(i18n, scores.title, name = campaign.name.clone()).to_string();
    let centres: Vec<_> = ranking
        .iter()
        .map(|r| (r.centre.clone(), r.recognised.clone()))
        .collect();
    view! {
        <Title text=title.clone() />
        <nav class="crumbs" aria-label=move || t_string!(i18n, directory.breadcrumbs)>
            <a href="/campaigns">{t!(i18n, actions.campaigns_title)}</a>
            <a href=format!("/campaigns/{id}")><bdi>{campaign.name.clone()}</bdi></a>
        </nav>
        <h1 dir="auto">{title}</h1>
        <p class="lead">{t!(i18n, scores.lead)}</p>
        <section class="panel" aria-labelledby="ranking-h">
            <h2 id="ranking-h">{t!(i18n, scores.ranking)}</h2>
            {recorded_at.map(|at| view! { <p class="muted">{t!(i18n, scores.recorded_at, when = format::date(at))}</p> })}
            {if indicators.is_empty() {
                view! { <p class="muted">{t!(i18n, scores.no_indicators)}</p> }.into_any()
            } else if ranking.is_empty() {
                view! { <p class="muted">{t!(i18n, scores.no_centres)}</p> }.into_any()
            } else {
                view! { <Ranking campaign=id indicators=indicators.clone() ranking /> }.into_any()
            }}
        </section>
        <Indicators indicators=indicators.clone() campaign=id manage=may_manage />
        {may_manage.then(|| view! {
            <section class="panel" aria-labelledby="waiting-h">
                <h2 id="waiting-h">{t!(i18n, scores.waiting)}</h2>
                {if waiting.is_empty() {
                    view! { <p class="muted">{t!(i18n, scores.none_waiting)}</p> }.into_any()
                } else {
                    view! {
                        <ul class="plain list">
                            {waiting.clone().into_iter().map(|a| view! { <li><ReviewForm campaign=id assessment=a /></li> }).collect_view()}
                        </ul>
                    }.into_any()
                }}
            </section>
            <RecordForm campaign=id />
            <RecognitionForms campaign=id centres=centres.clone() />
        })}
    }
}

#[component]
fn Ranking(
    campaign: i64,
    indicators: Vec<IndicatorView>,
    ranking: Vec<CentreScoreView>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="table-wrap"><table class="data">
            <caption class="visually-hidden">{t!(i18n, scores.ranking)}</caption>
            <thead><tr>
                <th scope="col">{t!(i18n, scores.rank)}</th>
                <th scope="col">{t!(i18n, scores.centre)}</th>
                <th scope="col">{t!(i18n, scores.score)}</th>
                {indicators.iter().map(|i| view! { <th scope="col" dir="auto">{i.name.clone()}</th> }).collect_view()}
            </tr></thead>
            <tbody>
                {ranking.into_iter().map(|r| {
                    let record = format!("/campaigns/{campaign}/centres/{}", r.centre.id);
                    view! {
                        <tr id=format!("centre-{}", r.centre.id)>
                            <td>{format::number(r.rank)}</td>
                            <th scope="row">
                                <a href=record.clone() dir="auto">{r.centre.name.clone()}</a>
                                <br /><span class="muted" dir="auto">{r.neighbourhood.clone()}</span>
                                {r.recognised.clone().map(|_| view! { " " <span class="badge">{t!(i18n, scores.recognised)}</span> })}
                            </th>
                            <td>
                                <strong>{action_labels::tenths(r.tenths)}</strong>
                                {r.recorded_tenths.map(|t| view! { <br /><span class="muted">{t!(i18n, scores.was_recorded, score = action_labels::tenths(t))}</span> })}
                            </td>
                            {indicators.iter().zip(r.parts.iter()).map(|(i, p)| view! {
                                <td>
                                    <a href=format!("{record}#part-{}", i.id)>{raw_value(i, p.raw)}</a>
                                    <br /><span class="muted">{t!(i18n, scores.points, n = action_labels::tenths(p.tenths))}</span>
                                </td>
                            }).collect_view()}
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table></div>
    }
}

/// An indicator's raw value for a centre: a count, or "x / y" for a rate or an assessment on
/// its scale.
pub fn raw_value(indicator: &IndicatorView, raw: (i64, i64)) -> String {
    if indicator.source.is_count() {
        format::number(raw.0)
    } else {
        format!("{} / {}", format::number(raw.0), format::number(raw.1))
    }
}

#[component]
fn Indicators(indicators: Vec<IndicatorView>, campaign: i64, manage: bool) -> impl IntoView {
    let i18n = use_i18n();
    let total: i64 = indicators.iter().map(|i| i.weight).sum();
    view! {
        <section class="panel" aria-labelledby="indicators-h">
            <h2 id="indicators-h">{t!(i18n, scores.indicators)}</h2>
            {(!indicators.is_empty()).then(|| view! {
                <div class="table-wrap"><table class="data compact">
                    <caption class="visually-hidden">{t!(i18n, scores.indicators)}</caption>
                    <thead><tr>
                        <th scope="col">{t!(i18n, scores.indicator_name)}</th>
                        <th scope="col">{t!(i18n, scores.source)}</th>
                        <th scope="col">{t!(i18n, scores.weight)}</th>
                        {manage.then(|| view! { <th scope="col"><span class="visually-hidden">{t!(i18n, scores.remove)}</span></th> })}
                    </tr></thead>
                    <tbody>
                        {indicators.iter().map(|i| {
                            let share = if total > 0 { i.weight * 100 / total } else { 0 };
                            view! {
                                <tr id=format!("indicator-{}", i.id)>
                                    <td dir="auto" id=format!("indicator-{}-name", i.id)>{i.name.clone()}</td>
                                    <td>{action_labels::source(i.source)}
                                        {(i.source == crate::domain::scoring::Source::Assessed).then(|| view! { " " <span class="muted">{t!(i18n, scores.scale_of, n = format::number(i.scale))}</span> })}
                                    </td>
                                    <td>{t!(i18n, actions.percent, n = format::number(share))}</td>
                                    {manage.then(|| view! { <td><super::score_forms::RemoveIndicator campaign id=i.id /></td> })}
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table></div>
            })}
            {manage.then(|| view! { <IndicatorForm campaign /> })}
        </section>
    }
}
