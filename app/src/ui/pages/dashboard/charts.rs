//! The dashboard's four charts, each with its table; every bar leads to the list behind it.
use crate::i18n::*;
use crate::model::dashboard::Dashboard;
use crate::ui::components::bar_chart::{Bar, BarChart};
use crate::ui::components::{labels, project_labels, proposal_labels};
use leptos::prelude::*;

#[component]
pub fn Charts(d: Dashboard) -> impl IntoView {
    let i18n = use_i18n();
    let by_status = d
        .proposals_by_status
        .iter()
        .map(|(s, n)| Bar {
            label: proposal_labels::status(*s),
            value: *n,
            href: Some(format!("/proposals?status={}", s.as_str())),
        })
        .collect();
    let by_dimension = d
        .proposals_by_dimension
        .iter()
        .map(|(dim, n)| Bar {
            label: labels::dimension(*dim),
            value: *n,
            href: Some(format!("/proposals?dimension={}", dim.as_str())),
        })
        .collect();
    let projects = d
        .projects_by_status
        .iter()
        .map(|(s, n)| Bar {
            label: project_labels::status(*s),
            value: *n,
            href: Some(format!("/projects?status={}", s.as_str())),
        })
        .collect();
    let places: Vec<Bar> = d
        .projects_by_neighbourhood
        .iter()
        .map(|(place, n)| Bar {
            label: place.name.clone(),
            value: *n,
            href: Some(format!("/projects?neighbourhood={}", place.id)),
        })
        .collect();
    let status = t_string!(i18n, proposals.status).to_string();
    view! {
        <div class="charts">
            <BarChart id="proposals-by-status" caption=t_string!(i18n, dashboard.proposals_by_status).to_string()
                label_heading=status.clone() bars=by_status />
            <BarChart id="proposals-by-dimension" caption=t_string!(i18n, dashboard.proposals_by_dimension).to_string()
                label_heading=t_string!(i18n, directory.dimension).to_string() bars=by_dimension />
            <BarChart id="projects-by-status" caption=t_string!(i18n, dashboard.projects_by_status).to_string()
                label_heading=status bars=projects />
            {if places.is_empty() {
                view! { <p class="panel empty-state">{t!(i18n, dashboard.no_places)}</p> }.into_any()
            } else {
                view! {
                    <BarChart id="projects-by-neighbourhood" caption=t_string!(i18n, dashboard.projects_by_neighbourhood).to_string()
                        label_heading=t_string!(i18n, directory.neighbourhood).to_string() bars=places />
                }.into_any()
            }}
        </div>
    }
}
