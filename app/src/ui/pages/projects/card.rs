use crate::i18n::*;
use crate::model::projects::ProjectCard;
use crate::ui::components::{format, project_labels};
use leptos::prelude::*;

/// A project's progress as a bar with its number, for eyes and screen readers alike.
#[component]
pub fn ProgressBar(percent: Option<i64>) -> impl IntoView {
    let i18n = use_i18n();
    let value = percent.unwrap_or(0);
    view! {
        <p class="progress-line">
            <progress max="100" value=value aria-label=move || t_string!(i18n, projects.progress).to_string()></progress>
            " "
            <span class="small">{move || match percent {
                Some(p) => t_string!(i18n, projects.percent, n = format::number(p)).to_string(),
                None => t_string!(i18n, projects.no_report).to_string(),
            }}</span>
        </p>
    }
}

/// One project in a list: title, status (and stalled), lead agency, places, progress.
#[component]
pub fn ProjectCardView(card: ProjectCard) -> impl IntoView {
    let places = format::list(card.neighbourhoods.iter().map(|n| n.name.clone()));
    view! {
        <li class="card">
            <h2 dir="auto"><a href=format!("/projects/{}", card.id)>{card.title.clone()}</a></h2>
            <p>
                <span class=project_labels::status_class(card.status)>{project_labels::status(card.status)}</span>
                {card.stalled.map(|s| view! { " " <span class="badge danger">{project_labels::stalled(s)}</span> })}
            </p>
            <p class="muted small" dir="auto">
                {card.lead.clone().map(|l| l.name)}
                {(!places.is_empty()).then(|| view! { " · " {places.clone()} })}
            </p>
            <ProgressBar percent=card.percent />
        </li>
    }
}
