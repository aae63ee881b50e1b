//! `/dashboard` (officials): where proposals stand and how long decisions take, where projects
//! are, how many have stalled and how many were completed; the lists as spreadsheets.
mod campaigns;
mod charts;
mod figures;
mod volunteers;

use crate::api::get_dashboard;
use crate::i18n::*;
use crate::ui::pages::directory::{staff, Gate, LoadFailed};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn DashboardPage() -> impl IntoView {
    let i18n = use_i18n();
    let data = Resource::new(|| (), |_| get_dashboard());
    view! {
        <Title text=t_string!(i18n, nav.dashboard).to_string() />
        <Gate admits=staff>
            <h1>{t!(i18n, nav.dashboard)}</h1>
            <p class="hint">{t!(i18n, dashboard.intro)}</p>
            <Transition fallback=|| ()>
                {move || data.get().map(|result| match result {
                    Err(error) => view! { <LoadFailed error /> }.into_any(),
                    Ok(d) => view! {
                        <figures::Figures d=d.clone() />
                        <charts::Charts d=d.clone() />
                        <volunteers::Volunteers v=d.volunteers.clone() />
                        <campaigns::Campaigns campaigns=d.campaigns.clone() unclosed=d.actions_unclosed />
                        <Exports />
                    }.into_any(),
                })}
            </Transition>
        </Gate>
    }
}

/// The lists officials take to meetings, as CSV and Excel with Jalali dates.
#[component]
fn Exports() -> impl IntoView {
    let i18n = use_i18n();
    let lists = [
        ("proposals", t_string!(i18n, nav.proposals).to_string()),
        (
            "projects",
            t_string!(i18n, dashboard.projects_progress).to_string(),
        ),
        ("follow-up", t_string!(i18n, projects.follow_up).to_string()),
        // Identities masked for officials, as on the pages.
        ("volunteers", t_string!(i18n, volunteers.title).to_string()),
    ];
    view! {
        <section class="panel" aria-labelledby="exports-h">
            <h2 id="exports-h">{t!(i18n, dashboard.exports)}</h2>
            <ul class="exports plain">
                {lists.into_iter().map(|(file, name)| view! {
                    <li>
                        <span>{name}</span> " "
                        <a class="button secondary small" href=format!("/export/{file}.xlsx") download>{t!(i18n, directory.export_xlsx)}</a>
                        " "
                        <a class="button secondary small" href=format!("/export/{file}.csv") download>{t!(i18n, directory.export_csv)}</a>
                    </li>
                }).collect_view()}
            </ul>
        </section>
    }
}
