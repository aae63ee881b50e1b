use crate::i18n::*;
use crate::model::shifts::OpportunityCard;
use crate::ui::components::{format, volunteer_labels};
use leptos::prelude::*;

/// Opportunities as cards (the list, a centre's page), or a sentence when there is none.
#[component]
pub fn OpportunityCards(
    list: Vec<OpportunityCard>,
    /// Inside a panel with its own heading: the titles are third-level headings.
    #[prop(optional)]
    nested: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    if list.is_empty() {
        return view! { <p class="muted">{t!(i18n, shifts.none)}</p> }.into_any();
    }
    view! {
        <ul class="cards plain">
            {list.into_iter().map(|o| {
                let link = view! { <a href=format!("/opportunities/{}", o.id)>{o.title.clone()}</a> };
                view! {
                    <li class="card">
                        {if nested {
                            view! { <h3 dir="auto">{link}</h3> }.into_any()
                        } else {
                            view! { <h2 dir="auto">{link}</h2> }.into_any()
                        }}
                        <p class="small">
                            <span class="badge">{volunteer_labels::role(&o.role)}</span> " "
                            <a href=format!("/centres/{}", o.centre.id) dir="auto">{o.centre.name.clone()}</a>
                            " · "
                            <a href=format!("/neighbourhoods/{}", o.neighbourhood.id) dir="auto">{o.neighbourhood.name.clone()}</a>
                        </p>
                        {o.publisher.clone().map(|p| view! {
                            <p class="small">{t!(i18n, shifts.published_by)} " " <a href=format!("/organisations/{}", p.id) dir="auto">{p.name}</a></p>
                        })}
                        {o.project.clone().map(|p| view! {
                            <p class="small">{t!(i18n, shifts.for_project)} " " <a href=format!("/projects/{}", p.id) dir="auto">{p.name}</a></p>
                        })}
                        <p class="small">
                            {match o.next_day.clone() {
                                Some(day) => view! {
                                    {t!(i18n, shifts.next_shift)} " " {format::day(&day)} " · "
                                    {t!(i18n, shifts.shifts_ahead, n = format::number(o.shifts_ahead))} " · "
                                    {t!(i18n, shifts.seats_left, n = format::number(o.seats_left))}
                                }.into_any(),
                                None => view! { {t!(i18n, shifts.nothing_ahead)} }.into_any(),
                            }}
                        </p>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
    .into_any()
}
