//! The dashboard's campaigns: those running today with their figures so far, and how many
//! actions wait to be closed.
use crate::i18n::*;
use crate::model::actions::CampaignCard;
use crate::ui::components::format;
use crate::ui::pages::actions::Campaigns as Table;
use leptos::prelude::*;

#[component]
pub fn Campaigns(campaigns: Vec<CampaignCard>, unclosed: i64) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="panel" aria-labelledby="dash-campaigns-h">
            <h2 id="dash-campaigns-h">{t!(i18n, dashboard.campaigns)}</h2>
            {if campaigns.is_empty() {
                view! { <p class="muted">{t!(i18n, dashboard.no_campaigns)}</p> }.into_any()
            } else {
                view! { <Table campaigns /> }.into_any()
            }}
            <p>{t!(i18n, dashboard.actions_unclosed, n = format::number(unclosed))}</p>
            <p class="row-actions"><a href="/campaigns">{t!(i18n, actions.campaigns_title)}</a> <a href="/reports">{t!(i18n, reports.title)}</a></p>
        </section>
    }
}
