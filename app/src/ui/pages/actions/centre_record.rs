use super::action_list::ActionList;
use super::scores::raw_value;
use crate::api::actions::{get_centre_record, SubmitAssessment};
use crate::domain::scoring::Source;
use crate::i18n::*;
use crate::model::scores::{AssessmentView, CentreRecord, IndicatorView};
use crate::ui::components::choice_field::{SelectField, TextAreaField};
use crate::ui::components::form_state::{form_errors, form_failure, FailureAlert};
use crate::ui::components::{action_labels, format};
use crate::ui::pages::directory::LoadFailed;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

/// `/campaigns/{id}/centres/{centre}`: the evidence behind a centre's score: each indicator's
/// value and points, the actions counted, its self-assessments and the recorded scores.
#[component]
pub fn CentreRecordPage() -> impl IntoView {
    let params = use_params_map();
    let ids = move || {
        params.with(|p| {
            let id = |k: &str| p.get(k).and_then(|v| v.parse::<i64>().ok());
            id("id").zip(id("centre"))
        })
    };
    let record = Resource::new(ids, |ids| async move {
        match ids {
            Some((campaign, centre)) => get_centre_record(campaign, centre).await,
            None => Err(crate::api::AppError::NotFound),
        }
    });
    view! {
        <Transition fallback=|| ()>
            {move || record.get().map(|result| match result {
                Err(error) => view! { <LoadFailed error /> }.into_any(),
                Ok(record) => view! { <Record record /> }.into_any(),
            })}
        </Transition>
    }
}

#[component]
fn Record(record: CentreRecord) -> impl IntoView {
    let i18n = use_i18n();
    let CentreRecord {
        campaign,
        centre,
        indicators,
        score,
        taking_part,
        actions,
        assessments,
        history,
        may_assess,
    } = record;
    let title = format!("{} \u{2014} {}", centre.name, campaign.name);
    let assessed: Vec<IndicatorView> = indicators
        .iter()
        .filter(|i| i.source == Source::Assessed)
        .cloned()
        .collect();
    let caption = t_string!(i18n, actions.heading).to_string();
    view! {
        <Title text=title.clone() />
        <nav class="crumbs" aria-label=move || t_string!(i18n, directory.breadcrumbs)>
            <a href=format!("/campaigns/{}", campaign.id)><bdi>{campaign.name.clone()}</bdi></a>
            <a href=format!("/campaigns/{}/scores", campaign.id)>{t!(i18n, scores.ranking)}</a>
        </nav>
        <h1 dir="auto">{title}</h1>
        <p><a href=format!("/centres/{}", centre.id) dir="auto">{centre.name.clone()}</a></p>
        <section class="panel" aria-labelledby="score-h">
            <h2 id="score-h">{t!(i18n, scores.score)}</h2>
            {match score {
                None => view! { <p class="muted">{t!(i18n, scores.not_taking_part)}</p> }.into_any(),
                Some(s) => view! {
                    <p class="lead">
                        <strong>{action_labels::tenths(s.tenths)}</strong> " "
                        {t!(i18n, scores.rank_of, rank = format::number(s.rank), n = format::number(taking_part))}
                        {s.recognised.clone().map(|c| view! { " " <span class="badge">{t!(i18n, scores.recognised)}</span> " " <span dir="auto">{c}</span> })}
                    </p>
                    <div class="table-wrap"><table class="data compact">
                        <caption class="visually-hidden">{t!(i18n, scores.score)}</caption>
                        <thead><tr>
                            <th scope="col">{t!(i18n, scores.indicator_name)}</th>
                            <th scope="col">{t!(i18n, scores.value)}</th>
                            <th scope="col">{t!(i18n, scores.points_heading)}</th>
                        </tr></thead>
                        <tbody>
                            {indicators.iter().zip(s.parts.iter()).map(|(i, p)| view! {
                                <tr id=format!("part-{}", i.id)>
                                    <td dir="auto">{i.name.clone()} <br /><span class="muted">{action_labels::source(i.source)}</span></td>
                                    <td><a href=if i.source == Source::Assessed { "#assessments-h" } else { "#actions-h" }>{raw_value(i, p.raw)}</a></td>
                                    <td>{action_labels::tenths(p.tenths)}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table></div>
                }.into_any(),
            }}
        </section>
        <section class="panel" aria-labelledby="actions-h">
            <h2 id="actions-h">{t!(i18n, actions.heading)}</h2>
            {if actions.is_empty() {
                view! { <p class="muted">{t!(i18n, actions.none_here)}</p> }.into_any()
            } else {
                view! { <ActionList actions caption /> }.into_any()
            }}
        </section>
        <section class="panel" aria-labelledby="assessments-h">
            <h2 id="assessments-h">{t!(i18n, scores.assessments)}</h2>
            {if assessments.is_empty() {
                view! { <p class="muted">{t!(i18n, scores.no_assessments)}</p> }.into_any()
            } else {
                view! { <ul class="plain list">{assessments.into_iter().map(|a| view! { <li><Assessment a /></li> }).collect_view()}</ul> }.into_any()
            }}
            {(may_assess && !assessed.is_empty()).then(|| view! { <AssessmentForm campaign=campaign.id centre=centre.id indicators=assessed.clone() /> })}
        </section>
        <section class="panel" aria-labelledby="history-h">
            <h2 id="history-h">{t!(i18n, scores.history)}</h2>
            {if history.is_empty() {
                view! { <p class="muted">{t!(i18n, scores.no_history)}</p> }.into_any()
            } else {
                view! {
                    <div class="table-wrap"><table class="data compact">
                        <caption class="visually-hidden">{t!(i18n, scores.history)}</caption>
                        <thead><tr>
                            <th scope="col">{t!(i18n, scores.recorded)}</th>
                            <th scope="col">{t!(i18n, scores.score)}</th>
                            <th scope="col">{t!(i18n, scores.rank)}</th>
                            <th scope="col">{t!(i18n, scores.record_note)}</th>
                        </tr></thead>
                        <tbody>
                            {history.into_iter().map(|h| view! {
                                <tr>
                                    <td>{format::date(h.recorded_at)}</td>
                                    <td>{action_labels::tenths(h.tenths)}</td>
                                    <td>{format::number(h.place)}</td>
                                    <td dir="auto">{h.note}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table></div>
                }.into_any()
            }}
        </section>
    }
}

#[component]
fn Assessment(a: AssessmentView) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <article id=format!("assessment-{}", a.id)>
            <h3 dir="auto">{a.indicator.name.clone()}</h3>
            <p class="prewrap" dir="auto">{a.statement.clone()}</p>
            {(!a.evidence.is_empty()).then(|| view! {
                <p><strong>{t!(i18n, scores.evidence)}</strong></p>
                <p class="prewrap" dir="auto">{a.evidence.clone()}</p>
            })}
            <p class="muted">
                {match a.score {
                    Some(score) => t_string!(i18n, scores.scored, score = format::number(score), n = format::number(a.scale)).to_string(),
                    None => t_string!(i18n, scores.awaiting_review).to_string(),
                }}
                {(!a.review_note.is_empty()).then(|| view! { " \u{2014} " <span dir="auto">{a.review_note.clone()}</span> })}
            </p>
        </article>
    }
}

#[component]
fn AssessmentForm(campaign: i64, centre: i64, indicators: Vec<IndicatorView>) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<SubmitAssessment>::new();
    let errors = form_errors(action.value());
    let failure = form_failure(action.value());
    let options: Vec<(String, String)> = indicators
        .into_iter()
        .map(|i| (i.id.to_string(), i.name))
        .collect();
    view! {
        <h3 id="assess-h">{t!(i18n, scores.self_assess)}</h3>
        <p class="hint">{t!(i18n, scores.self_assess_hint)}</p>
        <FailureAlert failure />
        <ActionForm action attr:novalidate=true attr:aria-labelledby="assess-h">
            <input type="hidden" name="campaign" value=campaign />
            <input type="hidden" name="centre" value=centre />
            <SelectField name="indicator" options required=true errors>{t!(i18n, scores.indicator_name)}</SelectField>
            <TextAreaField name="statement" rows=5 errors>{t!(i18n, scores.statement)}</TextAreaField>
            <TextAreaField name="evidence" rows=3 hint=t!(i18n, scores.evidence_hint).into_any() errors>{t!(i18n, scores.evidence)}</TextAreaField>
            <button type="submit" class="button">{t!(i18n, scores.submit_assessment)}</button>
        </ActionForm>
    }
}
