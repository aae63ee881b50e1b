use super::card::ProgressBar;
use crate::api::projects::list_follow_up;
use crate::i18n::*;
use crate::ui::components::{format, project_labels};
use crate::ui::pages::directory::{staff, Gate, LoadFailed};
use leptos::prelude::*;
use leptos_meta::Title;

/// `/follow-up` (officials): stalled projects, the longest stalled first, with the last update
/// and who owes the next one.
#[component]
pub fn FollowUpPage() -> impl IntoView {
    let i18n = use_i18n();
    let list = Resource::new(|| (), |_| list_follow_up());
    view! {
        <Title text=t_string!(i18n, projects.follow_up).to_string() />
        <Gate admits=staff>
            <h1>{t!(i18n, projects.follow_up)}</h1>
            <p class="hint">{t!(i18n, projects.follow_up_intro)}</p>
            <p class="actions">
                <a class="button secondary" href="/export/follow-up.xlsx" download>{t!(i18n, directory.export_xlsx)}</a>
                " "
                <a class="button secondary" href="/export/follow-up.csv" download>{t!(i18n, directory.export_csv)}</a>
            </p>
            <Transition fallback=|| ()>
                {move || list.get().map(|result| match result {
                    Err(error) => view! { <LoadFailed error /> }.into_any(),
                    Ok(items) if items.is_empty() => view! {
                        <div class="panel empty-state"><p>{t!(i18n, projects.nothing_stalled)}</p></div>
                    }.into_any(),
                    Ok(items) => view! {
                        <ul class="cards plain">
                            {items.into_iter().map(|item| view! {
                                <li class="card">
                                    <h2 dir="auto"><a href=format!("/projects/{}", item.card.id)>{item.card.title.clone()}</a></h2>
                                    <p><span class="badge danger">{project_labels::stalled(item.stalled)}</span></p>
                                    <p class="small">
                                        {t!(i18n, projects.owes)} " "
                                        <strong>{item.card.lead.clone().map(|l| l.name).unwrap_or_else(|| t_string!(i18n, projects.not_assigned).to_string())}</strong>
                                    </p>
                                    <p class="muted small">
                                        {match item.card.last_update.clone() {
                                            Some(day) => t_string!(i18n, projects.last_update, day = format::day(&day)).to_string(),
                                            None => t_string!(i18n, projects.no_report).to_string(),
                                        }}
                                        {item.last_follow_up.map(|(a, at)| view! {
                                            " · " {t!(i18n, projects.last_follow_up, what = project_labels::follow_up(a), day = format::date(at))}
                                        })}
                                    </p>
                                    <ProgressBar percent=item.card.percent />
                                </li>
                            }).collect_view()}
                        </ul>
                    }.into_any(),
                })}
            </Transition>
        </Gate>
    }
}
