use crate::i18n::*;
use crate::model::assessments::AssessmentEntry;
use crate::ui::components::{format, labels, proposal_labels};
use leptos::prelude::*;

/// A neighbourhood's needs assessments, newest first, each with its ranked needs.
#[component]
pub fn Assessments(
    neighbourhood_id: i64,
    entries: Vec<AssessmentEntry>,
    may_record: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="panel" aria-labelledby="assessments-h">
            <h2 id="assessments-h">{t!(i18n, assessments.title)}</h2>
            {may_record.then(|| view! {
                <p><a class="button secondary" href=format!("/neighbourhoods/{neighbourhood_id}/assessments/new")>{t!(i18n, assessments.record)}</a></p>
            })}
            {if entries.is_empty() {
                view! { <p class="muted">{t!(i18n, assessments.none)}</p> }.into_any()
            } else {
                view! {
                    <ul class="plain list">
                        {entries.into_iter().map(|a| view! {
                            <li id=format!("assessment-{}", a.id)>
                                <p>
                                    <strong>{format::day(&a.day)}</strong> " · "
                                    <a href=format!("/organisations/{}", a.organisation.id)>{a.organisation.name.clone()}</a> " · "
                                    {proposal_labels::method(a.method)}
                                    {a.households.map(|h| view! { " · " {t!(i18n, assessments.households_reached, count = move || format::grouped(h))} })}
                                </p>
                                {(!a.findings.is_empty()).then(|| view! { <p class="prose" dir="auto">{a.findings.clone()}</p> })}
                                <ol>
                                    {a.needs.into_iter().map(|n| view! {
                                        <li><span dir="auto">{n.need}</span> " " <span class=format!("badge dim-{}", n.dimension.as_str())>{labels::dimension(n.dimension)}</span></li>
                                    }).collect_view()}
                                </ol>
                            </li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}
