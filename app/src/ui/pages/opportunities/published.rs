//! On an organisation's page: the opportunities it published (an NGO's, a project agency's),
//! and for its representatives the form to publish one at the centre where it takes place.
use super::publish_fields::{choices, OpportunityFields};
use super::OpportunityCards;
use crate::api::shifts::{organisation_opportunities, PublishOpportunity};
use crate::i18n::*;
use crate::model::directory::Named;
use crate::model::shifts::OpportunityOptions;
use crate::ui::components::choice_field::SelectField;
use crate::ui::components::form_state::{form_errors, form_failure, FailureAlert};
use crate::ui::components::id_scope::IdScope;
use crate::ui::pages::directory::LoadFailed;
use leptos::context::Provider;
use leptos::prelude::*;

/// Nothing for an organisation that published none, unless its representative is looking.
#[component]
pub fn PublishedOpportunitiesPanel(organisation: i64) -> impl IntoView {
    let i18n = use_i18n();
    let data = Resource::new(move || organisation, organisation_opportunities);
    view! {
        <Transition fallback=|| ()>
            {move || data.get().map(|result| match result {
                Err(error) => view! { <LoadFailed error /> }.into_any(),
                Ok(p) if p.list.is_empty() && p.publish.is_none() => ().into_any(),
                Ok(p) => view! {
                    <section class="panel" aria-labelledby="published-h">
                        <h2 id="published-h">{t!(i18n, shifts.published_by_it)}</h2>
                        <OpportunityCards list=p.list nested=true />
                        {p.publish.map(|(options, centres)| view! { <PublishForm organisation options centres /> })}
                    </section>
                }.into_any(),
            })}
        </Transition>
    }
}

#[component]
fn PublishForm(
    organisation: i64,
    options: OpportunityOptions,
    centres: Vec<Named>,
) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<PublishOpportunity>::new();
    let errors = form_errors(action.value());
    let failure = form_failure(action.value());
    let centre_options = choices(
        t_string!(i18n, centres.choose).to_string(),
        centres.into_iter().map(|c| (c.id, c.name)),
    );
    view! {
        <Provider value=IdScope("opportunity-")>
        <details open=errors.with_untracked(|e| !e.is_empty())>
            <summary id="publish-h">{t!(i18n, shifts.publish)}</summary>
            <p class="hint">{t!(i18n, shifts.publish_for_hint)}</p>
            <FailureAlert failure />
            <ActionForm action attr:novalidate=true attr:aria-labelledby="publish-h">
                <input type="hidden" name="organisation_id" value=organisation />
                <SelectField name="centre" options=centre_options required=true errors>{t!(i18n, shifts.where_held)}</SelectField>
                <OpportunityFields roles=options.roles projects=options.projects errors />
                <button type="submit" class="button">{t!(i18n, shifts.publish_button)}</button>
            </ActionForm>
        </details>
        </Provider>
    }
}
