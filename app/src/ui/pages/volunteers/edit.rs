use super::offer_fields::{OfferFields, OfferPreset};
use super::own::OwnPage;
use crate::api::volunteers::{volunteer_options, UpdateMyOffer};
use crate::i18n::*;
use crate::model::volunteers::VolunteerView;
use crate::ui::components::form_state::{form_errors, form_failure, FailureAlert};
use crate::ui::components::version_field::VersionField;
use crate::ui::pages::directory::LoadFailed;
use leptos::prelude::*;

/// `/volunteers/me/edit`: the volunteer keeps what they offer up to date themselves: how to
/// reach them, home, roles, week and skills. Works as a plain form without JavaScript.
#[component]
pub fn MyOfferPage() -> impl IntoView {
    let i18n = use_i18n();
    let title = t_string!(i18n, volunteers.edit_offer).to_string();
    view! { <OwnPage title show=|v, _| view! { <OfferEdit v /> }.into_any() /> }
}

#[component]
fn OfferEdit(v: VolunteerView) -> impl IntoView {
    let i18n = use_i18n();
    let options = Resource::new(|| (), |_| volunteer_options());
    let action = ServerAction::<UpdateMyOffer>::new();
    let errors = form_errors(action.value());
    let failure = form_failure(action.value());
    let preset = OfferPreset {
        mobile: v.mobile.clone(),
        birth_year: Some(v.birth_year.to_string()),
        gender: v.gender.clone().unwrap_or_default(),
        neighbourhood: v
            .neighbourhood
            .as_ref()
            .map(|n| n.id.to_string())
            .unwrap_or_default(),
        roles: v.roles.iter().map(|r| r.id).collect(),
        week: v.availability,
        skills: v.skills.clone(),
    };
    let version = v.version;
    view! {
        <section class="panel narrow">
            <h1>{t!(i18n, volunteers.edit_offer)}</h1>
            <p class="muted">{t!(i18n, volunteers.edit_offer_intro)}</p>
            <FailureAlert failure />
            <Transition fallback=|| ()>
                {move || {
                    let preset = preset.clone();
                    options.get().map(move |result| match result {
                    Err(error) => view! { <LoadFailed error /> }.into_any(),
                    Ok(options) => view! {
                        <ActionForm action attr:novalidate=true>
                            <VersionField version errors />
                            <OfferFields roles=options.roles neighbourhoods=options.neighbourhoods preset errors />
                            <p class="actions">
                                <button type="submit" class="button" disabled=move || action.pending().get()>{t!(i18n, volunteers.save_offer)}</button>
                                " "
                                <a class="button secondary" href="/volunteers/me">{t!(i18n, volunteers.back_to_profile)}</a>
                            </p>
                        </ActionForm>
                    }.into_any(),
                    })
                }}
            </Transition>
        </section>
    }
}
