//! The volunteer network on the dashboard: who is waiting and who is active, what they offer
//! and where they live, the hours served month by month, and how much of what centres ask for
//! is filled.
use crate::domain::volunteer_rules::VolunteerState;
use crate::i18n::*;
use crate::model::dashboard::VolunteerFigures;
use crate::ui::components::bar_chart::{Bar, BarChart};
use crate::ui::components::{format, volunteer_labels};
use leptos::prelude::*;

#[component]
pub fn Volunteers(v: VolunteerFigures) -> impl IntoView {
    let i18n = use_i18n();
    let count = |state: VolunteerState| {
        v.by_state
            .iter()
            .find(|(s, _)| *s == state)
            .map_or(0, |(_, n)| *n)
    };
    let waiting = count(VolunteerState::Applied) + count(VolunteerState::Verified);
    let active = count(VolunteerState::Active);
    let year_minutes: i64 = v.minutes_by_month.iter().map(|(_, m)| m).sum();
    let bars = |rows: Vec<(String, i64)>| -> Vec<Bar> {
        rows.into_iter()
            .map(|(label, value)| Bar {
                label,
                value,
                href: None,
            })
            .collect()
    };
    let by_state = bars(
        v.by_state
            .iter()
            .map(|(s, n)| (volunteer_labels::state(*s), *n))
            .collect(),
    );
    let by_role = bars(
        v.by_role
            .iter()
            .map(|(r, n)| (volunteer_labels::role(r), *n))
            .collect(),
    );
    let homes: Vec<Bar> = v
        .by_neighbourhood
        .iter()
        .map(|(place, n)| Bar {
            label: place.name.clone(),
            value: *n,
            href: Some(format!("/neighbourhoods/{}", place.id)),
        })
        .collect();
    let months = bars(
        v.minutes_by_month
            .iter()
            .map(|((y, m), minutes)| (format::digits(&format!("{y}/{m:02}")), minutes / 60))
            .collect(),
    );
    view! {
        <section aria-labelledby="volunteers-h">
            <h2 id="volunteers-h">{t!(i18n, dashboard.volunteers)}</h2>
            <p><a href="/volunteers/veterans">{t!(i18n, veterans.link)}</a> " · " <a href="/volunteers/reference">{t!(i18n, volunteers.reference_link)}</a></p>
            <ul class="figures plain">
                <li class="figure panel">
                    <span class="figure-value">{format::number(active)}</span>
                    <span class="figure-label">{t!(i18n, dashboard.active_volunteers)}</span>
                </li>
                <li class="figure panel">
                    <span class="figure-value">{format::number(waiting)}</span>
                    <span class="figure-label">{t!(i18n, dashboard.waiting_volunteers)}</span>
                </li>
                <li class="figure panel">
                    <span class="figure-value">{format::hours(year_minutes)}</span>
                    <span class="figure-label">{t!(i18n, dashboard.year_hours)}</span>
                </li>
                <li class="figure panel">
                    <span class="figure-value">{match v.filled_rate {
                        Some(rate) => t_string!(i18n, dashboard.rate, n = format::number(rate)).to_string(),
                        None => "—".to_string(),
                    }}</span>
                    <span class="figure-label">{t!(i18n, dashboard.places_filled, filled = format::number(v.places_filled), n = format::number(v.places_asked))}</span>
                </li>
            </ul>
            <div class="charts">
                <BarChart id="volunteers-by-state" caption=t_string!(i18n, dashboard.volunteers_by_state).to_string()
                    label_heading=t_string!(i18n, volunteers.state).to_string() bars=by_state />
                <BarChart id="hours-by-month" caption=t_string!(i18n, dashboard.hours_by_month).to_string()
                    label_heading=t_string!(i18n, dashboard.month).to_string() bars=months />
                {(!by_role.is_empty()).then(|| view! {
                    <BarChart id="volunteers-by-role" caption=t_string!(i18n, dashboard.volunteers_by_role).to_string()
                        label_heading=t_string!(i18n, volunteers.roles).to_string() bars=by_role />
                })}
                {(!homes.is_empty()).then(|| view! {
                    <BarChart id="volunteers-by-neighbourhood" caption=t_string!(i18n, dashboard.volunteers_by_neighbourhood).to_string()
                        label_heading=t_string!(i18n, directory.neighbourhood).to_string() bars=homes />
                })}
            </div>
        </section>
    }
}
