use crate::api::actions::{list_campaigns, AddCampaign};
use crate::i18n::*;
use crate::model::actions::{CampaignCard, CampaignList};
use crate::model::directory::Named;
use crate::ui::components::choice_field::{SelectField, TextAreaField};
use crate::ui::components::field::Field;
use crate::ui::components::form_state::{form_errors, form_failure, FailureAlert};
use crate::ui::components::format;
use crate::ui::pages::directory::LoadFailed;
use leptos::prelude::*;
use leptos_meta::Title;

/// `/campaigns`: every campaign with what its actions add up to; officials start new ones.
#[component]
pub fn CampaignsPage() -> impl IntoView {
    let i18n = use_i18n();
    let list = Resource::new(|| (), |_| list_campaigns());
    view! {
        <Title text=t_string!(i18n, actions.campaigns_title).to_string() />
        <h1>{t!(i18n, actions.campaigns_title)}</h1>
        <p class="lead">{t!(i18n, actions.campaigns_lead)}</p>
        <p class="row-actions">
            <a href="/reports">{t!(i18n, reports.all_link)}</a>
            <a href="/pairings">{t!(i18n, pairings.link)}</a>
        </p>
        <Transition fallback=|| ()>
            {move || list.get().map(|result| match result {
                Err(error) => view! { <LoadFailed error /> }.into_any(),
                Ok(CampaignList { campaigns, may_add, drives }) => view! {
                    <Campaigns campaigns />
                    {may_add.then(|| view! { <NewCampaign drives=drives.clone() /> })}
                }.into_any(),
            })}
        </Transition>
    }
}

/// Campaigns as a table: name, period, actions, closed, centres (here and on the dashboard).
#[component]
pub fn Campaigns(campaigns: Vec<CampaignCard>) -> impl IntoView {
    let i18n = use_i18n();
    if campaigns.is_empty() {
        return view! { <p class="muted">{t!(i18n, actions.no_campaigns)}</p> }.into_any();
    }
    view! {
        <div class="table-wrap"><table class="data">
            <caption class="visually-hidden">{t!(i18n, actions.campaigns_title)}</caption>
            <thead><tr>
                <th scope="col">{t!(i18n, actions.campaign_name)}</th>
                <th scope="col">{t!(i18n, actions.period)}</th>
                <th scope="col">{t!(i18n, actions.col_actions)}</th>
                <th scope="col">{t!(i18n, actions.col_closed)}</th>
                <th scope="col">{t!(i18n, actions.col_centres)}</th>
            </tr></thead>
            <tbody>
                {campaigns.into_iter().map(|c| view! {
                    <tr>
                        <td><a href=format!("/campaigns/{}", c.id) dir="auto">{c.name.clone()}</a></td>
                        <td>{format::day(&c.starts_on)} " \u{2013} " {format::day(&c.ends_on)}</td>
                        <td>{format::number(c.actions)}</td>
                        <td>{format::number(c.closed)}</td>
                        <td>{format::number(c.centres)}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table></div>
    }
    .into_any()
}

#[component]
fn NewCampaign(drives: Vec<Named>) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<AddCampaign>::new();
    let errors = form_errors(action.value());
    let failure = form_failure(action.value());
    let drive_options: Vec<(String, String)> =
        std::iter::once((String::new(), t_string!(i18n, actions.no_drive).to_string()))
            .chain(drives.into_iter().map(|d| (d.id.to_string(), d.name)))
            .collect();
    view! {
        <section class="panel narrow" aria-labelledby="new-campaign-h">
            <h2 id="new-campaign-h">{t!(i18n, actions.new_campaign)}</h2>
            <FailureAlert failure />
            <ActionForm action attr:novalidate=true attr:aria-labelledby="new-campaign-h">
                <Field name="name" required=true errors>{t!(i18n, actions.campaign_name)}</Field>
                <Field name="starts_on" required=true hint=t!(i18n, centres.date_hint).into_any() errors>{t!(i18n, actions.starts_on)}</Field>
                <Field name="ends_on" required=true hint=t!(i18n, centres.date_hint).into_any() errors>{t!(i18n, actions.ends_on)}</Field>
                <TextAreaField name="goals" hint=t!(i18n, actions.campaign_goals_hint).into_any() errors>{t!(i18n, actions.campaign_goals)}</TextAreaField>
                <SelectField name="drive" options=drive_options errors>{t!(i18n, actions.drive)}</SelectField>
                <button type="submit" class="button">{t!(i18n, actions.start_campaign)}</button>
            </ActionForm>
        </section>
    }
}
