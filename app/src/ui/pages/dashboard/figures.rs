//! The dashboard's headline figures: the median wait for a decision, stalled projects and the
//! completion rate.
use crate::domain::proposal_flow::is_waiting;
use crate::i18n::*;
use crate::model::dashboard::Dashboard;
use crate::ui::components::format;
use leptos::prelude::*;

#[component]
pub fn Figures(d: Dashboard) -> impl IntoView {
    let i18n = use_i18n();
    let waiting: i64 = d
        .proposals_by_status
        .iter()
        .filter(|(s, _)| is_waiting(*s))
        .map(|(_, n)| n)
        .sum();
    let stalled_class = if d.stalled > 0 {
        "figure panel alert"
    } else {
        "figure panel"
    };
    view! {
        <ul class="figures plain">
            <li class="figure panel">
                <span class="figure-value">{format::number(waiting)}</span>
                <span class="figure-label">{t!(i18n, dashboard.waiting)}</span>
            </li>
            <li class="figure panel">
                <span class="figure-value">{match d.median_days_to_decision {
                    Some(days) => t_string!(i18n, dashboard.days, n = format::number(days)).to_string(),
                    None => "—".to_string(),
                }}</span>
                <span class="figure-label">{t!(i18n, dashboard.median_decision, n = format::number(d.decided))}</span>
            </li>
            <li class=stalled_class>
                <span class="figure-value"><a href="/follow-up">{format::number(d.stalled)}</a></span>
                <span class="figure-label">{t!(i18n, dashboard.stalled, n = format::number(d.running))}</span>
            </li>
            <li class="figure panel">
                <span class="figure-value">{match d.completion_rate {
                    Some(rate) => t_string!(i18n, dashboard.rate, n = format::number(rate)).to_string(),
                    None => "—".to_string(),
                }}</span>
                <span class="figure-label">{t!(i18n, dashboard.completion, done = format::number(d.completed), n = format::number(d.started))}</span>
            </li>
        </ul>
    }
}
