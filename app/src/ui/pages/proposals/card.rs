use crate::i18n::*;
use crate::model::proposals::ProposalCard;
use crate::ui::components::{format, labels, proposal_labels};
use leptos::prelude::*;

/// One proposal in a list: title, status, who proposes it for where, budget, and how long it
/// has waited for a decision.
#[component]
pub fn ProposalCardView(card: ProposalCard) -> impl IntoView {
    let i18n = use_i18n();
    let places = format::list(card.neighbourhoods.iter().map(|n| n.name.clone()));
    view! {
        <li class="card">
            <h2 dir="auto"><a href=format!("/proposals/{}", card.id)>{card.title.clone()}</a></h2>
            <p>
                <span class=proposal_labels::status_class(card.status)>{proposal_labels::status(card.status)}</span>
                {card.dimension.map(|d| view! { " " <span class=format!("badge dim-{}", d.as_str())>{labels::dimension(d)}</span> })}
                {card.waiting_days.map(|days| view! {
                    " " <span class="badge warn">{t!(i18n, proposals.waiting_days, count = move || format::number(days))}</span>
                })}
            </p>
            <p class="muted small" dir="auto">
                {card.organisation.name.clone()}
                {(!places.is_empty()).then(|| view! { " · " {places.clone()} })}
                {card.committee.clone().map(|c| view! { " · " {c.name} })}
            </p>
            {card.budget_rials.map(|b| view! { <p class="small">{format::rials(b)}</p> })}
        </li>
    }
}
