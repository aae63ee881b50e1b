use super::goal_rows::GoalRows;
use crate::api::actions::{get_action_options, PublishAction};
use crate::domain::action_rules::ActionKind;
use crate::i18n::*;
use crate::model::actions::ActionFormOptions;
use crate::ui::components::action_labels;
use crate::ui::components::choice_field::{SelectField, TextAreaField};
use crate::ui::components::field::Field;
use crate::ui::components::form_state::{form_errors, form_failure, FailureAlert};
use crate::ui::components::sign_in_required::SignInRequired;
use crate::ui::layout::user::use_session_user;
use crate::ui::pages::directory::LoadFailed;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// `/actions/new`: a centre's manager or an organisation's representative publishes a local
/// action with its goals (`?centre=ID` or `?campaign=ID` preselects them).
#[component]
pub fn NewActionPage() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session_user();
    view! {
        <Title text=t_string!(i18n, actions.new_title).to_string() />
        <Transition fallback=|| ()>
            {move || session.user.get().map(|user| match user {
                None => view! { <SignInRequired /> }.into_any(),
                Some(_) => view! { <WithOptions /> }.into_any(),
            })}
        </Transition>
    }
}

#[component]
fn WithOptions() -> impl IntoView {
    let options = Resource::new(|| (), |_| get_action_options());
    view! {
        <Transition fallback=|| ()>
            {move || options.get().map(|result| match result {
                Err(error) => view! { <LoadFailed error /> }.into_any(),
                Ok(options) => view! { <ActionForm options /> }.into_any(),
            })}
        </Transition>
    }
}

#[component]
fn ActionForm(options: ActionFormOptions) -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let action = ServerAction::<PublishAction>::new();
    let errors = form_errors(action.value());
    let failure = form_failure(action.value());
    let choose = || (String::new(), t_string!(i18n, centres.choose).to_string());
    let wanted_centre = query.with_untracked(|q| q.get("centre"));
    let host_selected = match wanted_centre {
        Some(id) => format!("centre:{id}"),
        None if options.centres.len() + options.organisations.len() == 1 => options
            .centres
            .first()
            .map(|(c, _)| format!("centre:{}", c.id))
            .or_else(|| {
                options
                    .organisations
                    .first()
                    .map(|o| format!("organisation:{}", o.id))
            })
            .unwrap_or_default(),
        None => String::new(),
    };
    let campaign_selected = query
        .with_untracked(|q| q.get("campaign"))
        .unwrap_or_default();
    let centre_word = t_string!(i18n, actions.host_centre).to_string();
    let organisation_word = t_string!(i18n, actions.host_organisation).to_string();
    let hosts: Vec<(String, String)> = std::iter::once(choose())
        .chain(options.centres.iter().map(|(c, _)| {
            (
                format!("centre:{}", c.id),
                format!("{} ({centre_word})", c.name),
            )
        }))
        .chain(options.organisations.iter().map(|o| {
            (
                format!("organisation:{}", o.id),
                format!("{} ({organisation_word})", o.name),
            )
        }))
        .collect();
    let kinds: Vec<(String, String)> = ActionKind::ALL
        .iter()
        .map(|k| (k.as_str().to_string(), action_labels::kind(*k)))
        .collect();
    let places: Vec<(String, String)> = std::iter::once((
        String::new(),
        t_string!(i18n, actions.centre_neighbourhood).to_string(),
    ))
    .chain(
        options
            .neighbourhoods
            .into_iter()
            .map(|n| (n.id.to_string(), n.name)),
    )
    .collect();
    let campaigns: Vec<(String, String)> = std::iter::once((
        String::new(),
        t_string!(i18n, actions.no_campaign).to_string(),
    ))
    .chain(
        options
            .campaigns
            .into_iter()
            .map(|c| (c.id.to_string(), c.name)),
    )
    .collect();
    view! {
        <section class="panel narrow">
            <h1>{t!(i18n, actions.new_title)}</h1>
            <p class="lead">{t!(i18n, actions.new_lead)}</p>
            <FailureAlert failure />
            <leptos::form::ActionForm action attr:novalidate=true>
                <Field name="title" required=true errors>{t!(i18n, actions.title_label)}</Field>
                <SelectField name="kind" options=kinds selected="gathering" errors>{t!(i18n, actions.kind)}</SelectField>
                <SelectField name="host" options=hosts selected=host_selected required=true errors>{t!(i18n, actions.held_by)}</SelectField>
                <SelectField name="neighbourhood" options=places errors>{t!(i18n, actions.neighbourhood)}</SelectField>
                <SelectField name="campaign" options=campaigns selected=campaign_selected errors>{t!(i18n, actions.campaign)}</SelectField>
                <Field name="held_on" required=true hint=t!(i18n, centres.date_hint).into_any() errors>{t!(i18n, actions.held_on)}</Field>
                <Field name="place" errors>{t!(i18n, actions.place)}</Field>
                <TextAreaField name="summary" errors>{t!(i18n, actions.summary)}</TextAreaField>
                <GoalRows errors />
                <button type="submit" class="button">{t!(i18n, actions.publish)}</button>
            </leptos::form::ActionForm>
        </section>
    }
}
