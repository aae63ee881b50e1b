use super::offer_fields::{OfferFields, OfferPreset};
use crate::api::volunteers::{get_my_volunteer, volunteer_options, RegisterVolunteer};
use crate::domain::validation::{FieldIssue, FormErrors};
use crate::i18n::*;
use crate::model::volunteers::VolunteerFormOptions;
use crate::ui::components::choice_field::SelectField;
use crate::ui::components::field::Field;
use crate::ui::components::field_issue::IssueText;
use crate::ui::components::form_state::{form_errors, form_failure, FailureAlert};
use crate::ui::layout::user::use_session_user;
use crate::ui::pages::directory::LoadFailed;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// `/volunteers/register` (`?drive=CODE` fills the drive's code): a signed-in person registers
/// as a volunteer; others are asked to sign in or create an account first.
#[component]
pub fn VolunteerRegisterPage() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session_user();
    view! {
        <Title text=t_string!(i18n, volunteers.register).to_string() />
        <Transition fallback=|| ()>
            {move || session.user.get().map(|user| match user {
                None => view! { <SignInFirst /> }.into_any(),
                Some(_) => view! { <RegisterOrProfile /> }.into_any(),
            })}
        </Transition>
    }
}

#[component]
fn SignInFirst() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="panel narrow">
            <h1>{t!(i18n, volunteers.register)}</h1>
            <p>{t!(i18n, volunteers.intro)}</p>
            <p class="hint">{t!(i18n, volunteers.sign_in_first)}</p>
            <p class="actions">
                <a class="button" href="/register">{t!(i18n, volunteers.create_account)}</a> " "
                <a class="button secondary" href="/login?next=/volunteers/register">{t!(i18n, volunteers.sign_in)}</a>
            </p>
        </section>
    }
}

#[component]
fn RegisterOrProfile() -> impl IntoView {
    let i18n = use_i18n();
    let mine = Resource::new(|| (), |_| get_my_volunteer());
    let options = Resource::new(|| (), |_| volunteer_options());
    view! {
        <Transition fallback=|| ()>
            {move || match (mine.get(), options.get()) {
                (Some(Err(error)), _) | (_, Some(Err(error))) => Some(view! { <LoadFailed error /> }.into_any()),
                (Some(Ok(Some(_))), _) => Some(view! {
                    <section class="panel narrow">
                        <h1>{t!(i18n, volunteers.register)}</h1>
                        <p>{t!(i18n, volunteers.already)}</p>
                        <p><a class="button" href="/volunteers/me">{t!(i18n, volunteers.see_profile)}</a></p>
                    </section>
                }.into_any()),
                (Some(Ok(None)), Some(Ok(options))) => Some(view! { <RegistrationForm options /> }.into_any()),
                _ => None,
            }}
        </Transition>
    }
}

#[component]
fn RegistrationForm(options: VolunteerFormOptions) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<RegisterVolunteer>::new();
    let errors = form_errors(action.value());
    let failure = form_failure(action.value());
    let drive = use_query_map()
        .with_untracked(|q| q.get("drive"))
        .unwrap_or_default();
    let VolunteerFormOptions {
        roles,
        neighbourhoods,
        intermediaries,
    } = options;
    if intermediaries.is_empty() {
        return view! {
            <section class="panel narrow">
                <h1>{t!(i18n, volunteers.register)}</h1>
                <p>{t!(i18n, volunteers.no_intermediaries)}</p>
            </section>
        }
        .into_any();
    }
    let mediators: Vec<(String, String)> = std::iter::once((
        String::new(),
        t_string!(i18n, volunteers.choose).to_string(),
    ))
    .chain(
        intermediaries
            .into_iter()
            .map(|n| (n.id.to_string(), n.name)),
    )
    .collect();
    view! {
        <section class="panel narrow">
            <h1>{t!(i18n, volunteers.register)}</h1>
            <p class="muted">{t!(i18n, volunteers.register_intro)}</p>
            <FailureAlert failure />
            <ActionForm action attr:novalidate=true>
                <Field name="full_name" autocomplete="name" required=true errors>{t!(i18n, volunteers.full_name)}</Field>
                <Field name="national_code" dir="ltr" autocomplete="off" required=true hint=t!(i18n, volunteers.national_code_hint).into_any() errors>{t!(i18n, volunteers.national_code)}</Field>
                <MergeOffer errors />
                <OfferFields roles neighbourhoods preset=OfferPreset::default() errors />
                <SelectField name="intermediary" options=mediators required=true errors>{t!(i18n, volunteers.intermediary)}</SelectField>
                <p class="hint">{t!(i18n, volunteers.intermediary_hint)} " " {t!(i18n, volunteers.why_intermediary)}</p>
                <Field name="drive" dir="ltr" autocomplete="off" preset=Some(drive) hint=t!(i18n, volunteers.drive_hint).into_any() errors>{t!(i18n, volunteers.drive)}</Field>
                <div class="field">
                    <label class="check" for="former_recipient">
                        <input type="checkbox" id="former_recipient" name="former_recipient" value="1" />
                        {t!(i18n, volunteers.former_recipient)}
                    </label>
                </div>
                <Consent errors />
                <button type="submit" class="button" disabled=move || action.pending().get()>{t!(i18n, volunteers.submit)}</button>
            </ActionForm>
        </section>
    }
    .into_any()
}

/// Consent is asked for last and recorded with its time; the form is refused without it.
#[component]
fn Consent(errors: Signal<FormErrors>) -> impl IntoView {
    let i18n = use_i18n();
    let issue = move || errors.get().get("consent");
    view! {
        <div class="field" class:invalid=move || issue().is_some()>
            <label class="check" for="consent">
                <input type="checkbox" id="consent" name="consent" value="1" required=true
                    aria-invalid=move || issue().is_some().then_some("true")
                    aria-describedby=move || issue().is_some().then_some("consent-error") />
                {t!(i18n, volunteers.consent)}
            </label>
            <p class="error" id="consent-error" hidden=move || issue().is_none()>
                {move || issue().map(|issue| view! { <IssueText issue /> })}
            </p>
        </div>
    }
}

/// A national code registered already may be this person's (a new phone, a profile an
/// intermediary typed in): offered, on resubmission, to ask that profile's intermediary to
/// join it to this account.
#[component]
fn MergeOffer(errors: Signal<FormErrors>) -> impl IntoView {
    let i18n = use_i18n();
    let taken = move || errors.get().get("national_code") == Some(FieldIssue::NationalCodeTaken);
    view! {
        <Show when=taken>
            <div class="field">
                <label class="check" for="merge">
                    <input type="checkbox" id="merge" name="merge" value="1" aria-describedby="merge-hint" />
                    {t!(i18n, volunteers.merge_ask)}
                </label>
                <p class="hint" id="merge-hint">{t!(i18n, volunteers.merge_ask_hint)}</p>
            </div>
        </Show>
    }
}
