//! What a report says, drawn the same way for a draft and a frozen report: its figures, the
//! actions by kind and by neighbourhood, the ranking, volunteers honoured and the accounts.
use crate::domain::action_rules::ActionKind;
use crate::domain::pairing_rules::PairingState;
use crate::i18n::*;
use crate::model::actions::ActionFigures;
use crate::model::reports::{AccountLine, HonourLine, PairingLine, RankLine, ReportBody};
use crate::ui::components::{action_labels, format};
use crate::ui::pages::actions::figures::Figures;
use crate::ui::pages::pairings::state_label;
use leptos::prelude::*;

#[component]
pub fn ReportView(body: ReportBody) -> impl IntoView {
    let i18n = use_i18n();
    let t = body.totals.clone();
    let figures = ActionFigures {
        actions: t.actions,
        closed: t.closed,
        centres: t.centres,
        neighbourhoods: t.neighbourhoods,
        reached: t.reached,
        targets_met: t.targets_met,
        targets_recorded: t.targets_recorded,
    };
    let campaign = body.campaign.is_some();
    view! {
        <p class="lead">{format::day(&body.starts_on)} " \u{2013} " {format::day(&body.ends_on)}</p>
        <Figures figures />
        <p>{t!(i18n, reports.volunteering, n = format::number(t.volunteers), hours = format::hours(t.volunteer_minutes))}</p>
        <section class="panel report-part" aria-labelledby="kinds-h">
            <h2 id="kinds-h">{t!(i18n, reports.by_kind)}</h2>
            {if body.by_kind.is_empty() {
                view! { <p class="muted">{t!(i18n, reports.no_actions)}</p> }.into_any()
            } else {
                view! {
                    <div class="table-wrap"><table class="data compact">
                        <thead><tr>
                            <th scope="col">{t!(i18n, actions.kind)}</th>
                            <th scope="col">{t!(i18n, reports.col_actions)}</th>
                            <th scope="col">{t!(i18n, actions.state_closed)}</th>
                            <th scope="col">{t!(i18n, reports.col_reached)}</th>
                        </tr></thead>
                        <tbody>
                            {body.by_kind.iter().map(|k| view! {
                                <tr>
                                    <th scope="row">{ActionKind::parse(&k.kind).map(action_labels::kind).unwrap_or_else(|| k.kind.clone())}</th>
                                    <td>{format::number(k.actions)}</td>
                                    <td>{format::number(k.closed)}</td>
                                    <td>{format::number(k.reached)}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table></div>
                }.into_any()
            }}
        </section>
        <section class="panel report-part" aria-labelledby="places-h">
            <h2 id="places-h">{t!(i18n, reports.by_neighbourhood)}</h2>
            {if body.by_neighbourhood.is_empty() {
                view! { <p class="muted">{t!(i18n, reports.no_actions)}</p> }.into_any()
            } else {
                view! {
                    <div class="table-wrap"><table class="data compact">
                        <thead><tr>
                            <th scope="col">{t!(i18n, actions.neighbourhood)}</th>
                            <th scope="col">{t!(i18n, reports.col_actions)}</th>
                            <th scope="col">{t!(i18n, actions.state_closed)}</th>
                            <th scope="col">{t!(i18n, reports.col_reached)}</th>
                            <th scope="col">{t!(i18n, reports.col_targets_met)}</th>
                        </tr></thead>
                        <tbody>
                            {body.by_neighbourhood.iter().map(|p| view! {
                                <tr>
                                    <th scope="row"><a href=format!("/neighbourhoods/{}", p.neighbourhood.id) dir="auto">{p.neighbourhood.name.clone()}</a></th>
                                    <td>{format::number(p.actions)}</td>
                                    <td>{format::number(p.closed)}</td>
                                    <td>{format::number(p.reached)}</td>
                                    <td>{t!(i18n, actions.of_total, part = format::number(p.targets_met), total = format::number(p.targets_recorded))}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table></div>
                }.into_any()
            }}
        </section>
        {campaign.then(|| view! { <Ranking ranking=body.ranking.clone() campaign=body.campaign.as_ref().map_or(0, |c| c.id) /> })}
        <Pairings pairings=body.pairings.clone() />
        <Honoured honoured=body.honoured.clone() />
        <Accounts accounts=body.accounts.clone() />
    }
}

#[component]
fn Ranking(ranking: Vec<RankLine>, campaign: i64) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="panel report-part" aria-labelledby="report-ranking-h">
            <h2 id="report-ranking-h">{t!(i18n, scores.ranking)}</h2>
            {if ranking.is_empty() {
                view! { <p class="muted">{t!(i18n, scores.no_indicators)}</p> }.into_any()
            } else {
                view! {
                    <div class="table-wrap"><table class="data compact">
                        <thead><tr>
                            <th scope="col">{t!(i18n, scores.rank)}</th>
                            <th scope="col">{t!(i18n, scores.centre)}</th>
                            <th scope="col">{t!(i18n, scores.score)}</th>
                            <th scope="col">{t!(i18n, scores.recognised)}</th>
                        </tr></thead>
                        <tbody>
                            {ranking.into_iter().map(|r| view! {
                                <tr>
                                    <td>{format::number(r.rank)}</td>
                                    <th scope="row">
                                        <a href=format!("/campaigns/{campaign}/centres/{}", r.centre.id) dir="auto">{r.centre.name}</a>
                                        <br /><span class="muted" dir="auto">{r.neighbourhood}</span>
                                    </th>
                                    <td>{action_labels::tenths(r.tenths)}</td>
                                    <td dir="auto">{r.recognised}</td>
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
fn Pairings(pairings: Vec<PairingLine>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="panel report-part" aria-labelledby="report-pairings-h">
            <h2 id="report-pairings-h">{t!(i18n, pairings.heading)}</h2>
            {if pairings.is_empty() {
                view! { <p class="muted">{t!(i18n, reports.no_pairings)}</p> }.into_any()
            } else {
                view! {
                    <ul class="plain list">
                        {pairings.into_iter().map(|p| {
                            let state = PairingState::parse(&p.state).map(state_label).unwrap_or(p.state.clone());
                            view! {
                                <li>
                                    <span dir="auto">{p.mentor.name}</span> " " {t!(i18n, pairings.arrow)} " " <span dir="auto">{p.mentee.name}</span>
                                    " (" {state} ", " {t!(i18n, reports.since_day, day = format::day(&p.starts_on))} ")"
                                    <br /><span class="muted prewrap" dir="auto">{p.offered}</span>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}

#[component]
fn Honoured(honoured: Vec<HonourLine>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="panel report-part" aria-labelledby="honoured-h">
            <h2 id="honoured-h">{t!(i18n, reports.honoured)}</h2>
            {if honoured.is_empty() {
                view! { <p class="muted">{t!(i18n, reports.no_honoured)}</p> }.into_any()
            } else {
                view! {
                    <ul class="plain list">
                        {honoured.into_iter().map(|h| view! {
                            <li><span dir="auto">{h.initials}</span> " \u{2014} " <span dir="auto">{h.occasion}</span> " (" {format::day(&h.honoured_on)} ")"</li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}

#[component]
fn Accounts(accounts: Vec<AccountLine>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="panel report-part" aria-labelledby="accounts-h">
            <h2 id="accounts-h">{t!(i18n, reports.accounts)}</h2>
            {if accounts.is_empty() {
                view! { <p class="muted">{t!(i18n, reports.no_accounts)}</p> }.into_any()
            } else {
                view! {
                    {accounts.into_iter().map(|a| {
                        let title = a.action.name.clone();
                        view! {
                        <article class="report-account">
                            <h3><a href=format!("/actions/{}", a.action.id) dir="auto">{a.action.name}</a></h3>
                            <p class="muted">
                                <span dir="auto">{a.held_by}</span> " \u{2014} " <span dir="auto">{a.neighbourhood}</span>
                                " \u{2014} " {format::day(&a.held_on)} " \u{2014} "
                                {t!(i18n, reports.attended, n = format::number(a.attendance))}
                            </p>
                            <p class="prewrap" dir="auto">{a.account}</p>
                            {(!a.photos.is_empty()).then(|| {
                                view! {
                                    <ul class="plain photo-grid">
                                        {a.photos.iter().map(|photo| view! {
                                            <li><img src=format!("/action-photos/{photo}") loading="lazy" decoding="async"
                                                alt=t_string!(i18n, reports.photo_of, title = title.clone()).to_string() /></li>
                                        }).collect_view()}
                                    </ul>
                                }
                            })}
                        </article>
                        }
                    }).collect_view()}
                }.into_any()
            }}
        </section>
    }
}
