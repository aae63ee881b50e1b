use crate::api::shifts::CreateOpportunity;
use crate::i18n::*;
use crate::model::directory::Named;
use crate::model::shifts::OpportunityCard;
use crate::model::volunteers::RoleName;
use crate::ui::components::form_state::{form_errors, form_failure, FailureAlert};
use crate::ui::components::id_scope::IdScope;
use crate::ui::pages::opportunities::{OpportunityCards, OpportunityFields};
use leptos::context::Provider;
use leptos::prelude::*;

/// A centre's opportunities; for those who run it, the form to publish one.
#[component]
pub fn CentreOpportunities(
    centre_id: i64,
    list: Vec<OpportunityCard>,
    manage: bool,
    roles: Vec<RoleName>,
    projects: Vec<Named>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="panel" aria-labelledby="opportunities-h">
            <h2 id="opportunities-h">{t!(i18n, shifts.at_centre)}</h2>
            <OpportunityCards list nested=true />
            {manage.then(|| view! { <PublishForm centre_id roles=roles.clone() projects=projects.clone() /> })}
        </section>
    }
}

#[component]
fn PublishForm(centre_id: i64, roles: Vec<RoleName>, projects: Vec<Named>) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<CreateOpportunity>::new();
    let errors = form_errors(action.value());
    let failure = form_failure(action.value());
    view! {
        // The request form on this page has a field of the same name (role).
        <Provider value=IdScope("opportunity-")>
        <details open=errors.with_untracked(|e| !e.is_empty())>
            <summary id="publish-h">{t!(i18n, shifts.publish)}</summary>
            <p class="hint">{t!(i18n, shifts.publish_hint)}</p>
            <FailureAlert failure />
            <ActionForm action attr:novalidate=true attr:aria-labelledby="publish-h">
                <input type="hidden" name="centre_id" value=centre_id />
                <OpportunityFields roles projects errors />
                <button type="submit" class="button">{t!(i18n, shifts.publish_button)}</button>
            </ActionForm>
        </details>
        </Provider>
    }
}
