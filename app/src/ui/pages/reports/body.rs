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
    let kinds = body
        .by_kind
        .iter()
        .map(|k| CountRow {
            head: ActionKind::parse(&k.kind)
                .map(action_labels::kind)
                .unwrap_or_else(|| k.kind.clone())
                .into_any(),
            counts: [k.actions, k.closed, k.reached],
            targets: None,
        })
        .collect::<Vec<_>>();
    let places = body
        .by_neighbourhood
        .iter()
        .map(|p| CountRow {
            head: view! {
                <a href=format!("/neighbourhoods/{}", p.neighbourhood.id) dir="auto">{p.neighbourhood.name.clone()}</a>
            }
            .into_any(),
            counts: [p.actions, p.closed, p.reached],
            targets: Some((p.targets_met, p.targets_recorded)),
        })
        .collect::<Vec<_>>();
    let no_actions = t_string!(i18n, reports.no_actions).to_string();
    view! {
        <p class="lead">{format::day(&body.starts_on)} " \u{2013} " {format::day(&body.ends_on)}</p>
        <Figures figures />
        <p>{t!(i18n, reports.volunteering, n = format::number(t.volunteers), hours = format::hours(t.volunteer_minutes))}</p>
        <Part id="kinds-h" heading=t_string!(i18n, reports.by_kind).to_string()
            empty=kinds.is_empty().then(|| no_actions.clone())>
            <CountsTable first=t_string!(i18n, actions.kind).to_string() rows=kinds />
        </Part>
        <Part id="places-h" heading=t_string!(i18n, reports.by_neighbourhood).to_string()
            empty=places.is_empty().then(|| no_actions.clone())>
            <CountsTable first=t_string!(i18n, actions.neighbourhood).to_string() rows=places />
        </Part>
        {campaign.then(|| view! { <Ranking ranking=body.ranking.clone() campaign=body.campaign.as_ref().map_or(0, |c| c.id) /> })}
        <Pairings pairings=body.pairings.clone() />
        <Honoured honoured=body.honoured.clone() />
        <Accounts accounts=body.accounts.clone() />
    }
}

/// One part of a report: a panel with its heading, and a quiet line when it has nothing.
#[component]
fn Part(
    id: &'static str,
    heading: String,
    empty: Option<String>,
    children: Children,
) -> impl IntoView {
    view! {
        <section class="panel report-part" aria-labelledby=id>
            <h2 id=id>{heading}</h2>
            {match empty {
                Some(message) => view! { <p class="muted">{message}</p> }.into_any(),
                None => children().into_any(),
            }}
        </section>
    }
}

/// A line of the counts tables: what it counts (a kind, a neighbourhood), its actions, closed
/// actions and people reached, and for neighbourhoods the targets met of those recorded.
struct CountRow {
    head: AnyView,
    counts: [i64; 3],
    targets: Option<(i64, i64)>,
}

#[component]
fn CountsTable(first: String, rows: Vec<CountRow>) -> impl IntoView {
    let i18n = use_i18n();
    let targets = rows.iter().any(|r| r.targets.is_some());
    view! {
        <div class="table-wrap"><table class="data compact">
            <thead><tr>
                <th scope="col">{first}</th>
                <th scope="col">{t!(i18n, reports.col_actions)}</th>
                <th scope="col">{t!(i18n, actions.state_closed)}</th>
                <th scope="col">{t!(i18n, reports.col_reached)}</th>
                {targets.then(|| view! { <th scope="col">{t!(i18n, reports.col_targets_met)}</th> })}
            </tr></thead>
            <tbody>
                {rows.into_iter().map(|r| view! {
                    <tr>
                        <th scope="row">{r.head}</th>
                        {r.counts.map(|n| view! { <td>{format::number(n)}</td> }).into_iter().collect_view()}
                        {r.targets.map(|(met, recorded)| view! {
                            <td>{t!(i18n, actions.of_total, part = format::number(met), total = format::number(recorded))}</td>
                        })}
                    </tr>
                }).collect_view()}
            </tbody>
        </table></div>
    }
}

#[component]
fn Ranking(ranking: Vec<RankLine>, campaign: i64) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Part id="report-ranking-h" heading=t_string!(i18n, scores.ranking).to_string()
            empty=ranking.is_empty().then(|| t_string!(i18n, scores.no_indicators).to_string())>
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
        </Part>
    }
}

#[component]
fn Pairings(pairings: Vec<PairingLine>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Part id="report-pairings-h" heading=t_string!(i18n, pairings.heading).to_string()
            empty=pairings.is_empty().then(|| t_string!(i18n, reports.no_pairings).to_string())>
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
        </Part>
    }
}

#[component]
fn Honoured(honoured: Vec<HonourLine>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Part id="honoured-h" heading=t_string!(i18n, reports.honoured).to_string()
            empty=honoured.is_empty().then(|| t_string!(i18n, reports.no_honoured).to_string())>
            <ul class="plain list">
                {honoured.into_iter().map(|h| view! {
                    <li><span dir="auto">{h.initials}</span> " \u{2014} " <span dir="auto">{h.occasion}</span> " (" {format::day(&h.honoured_on)} ")"</li>
                }).collect_view()}
            </ul>
        </Part>
    }
}

#[component]
fn Accounts(accounts: Vec<AccountLine>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Part id="accounts-h" heading=t_string!(i18n, reports.accounts).to_string()
            empty=accounts.is_empty().then(|| t_string!(i18n, reports.no_accounts).to_string())>
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
        </Part>
    }
}
