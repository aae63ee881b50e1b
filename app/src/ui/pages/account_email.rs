//! The account page's email settings: the address, and which kinds of event arrive by email
//! (the notification centre always has them all).
use crate::api::{get_email_settings, SaveEmailSettings};
use crate::i18n::*;
use crate::model::notifications::EmailSettings;
use crate::ui::components::check_list::CheckList;
use crate::ui::components::choice_field::SelectField;
use crate::ui::components::field::Field;
use crate::ui::components::form_state::{form_errors, form_failure, saved_panel, FailureAlert};
use crate::ui::components::notice_text::kind_choices;
use crate::ui::pages::directory::LoadFailed;
use leptos::prelude::*;

#[component]
pub fn EmailSettingsPanel() -> impl IntoView {
    let i18n = use_i18n();
    let save = ServerAction::<SaveEmailSettings>::new();
    let settings = Resource::new(move || save.version().get(), |_| get_email_settings());
    view! {
        <section class="panel" aria-labelledby="email-heading">
            <h2 id="email-heading">{t!(i18n, account.email_settings)}</h2>
            <p class="hint">{t!(i18n, account.email_intro)}</p>
            <Transition fallback=|| ()>
                {move || settings.get().map(|result| match result {
                    Err(error) => view! { <LoadFailed error /> }.into_any(),
                    Ok(current) => view! { <EmailForm current save /> }.into_any(),
                })}
            </Transition>
        </section>
    }
}

#[component]
fn EmailForm(current: EmailSettings, save: ServerAction<SaveEmailSettings>) -> impl IntoView {
    let i18n = use_i18n();
    let locale = i18n.get_locale_untracked();
    let errors = form_errors(save.value());
    let failure = form_failure(save.value());
    let saved = saved_panel("email");
    let (options, chosen) = kind_choices(locale, &current.kinds);
    let digests = vec![
        (
            "none".to_string(),
            t_string!(i18n, account.digest_none).to_string(),
        ),
        (
            "daily".to_string(),
            t_string!(i18n, account.digest_daily).to_string(),
        ),
        (
            "weekly".to_string(),
            t_string!(i18n, account.digest_weekly).to_string(),
        ),
    ];
    let languages = vec![
        (
            "fa".to_string(),
            t_string!(i18n, account.language_fa).to_string(),
        ),
        (
            "en".to_string(),
            t_string!(i18n, account.language_en).to_string(),
        ),
    ];
    view! {
        <p class="form-success" role="status" hidden=move || !saved.get()>{t!(i18n, directory.saved)}</p>
        <FailureAlert failure />
        // novalidate: the server's localised message beside the field, not the browser's bubble.
        <ActionForm action=save attr:novalidate=true>
            <Field name="email" kind="email" autocomplete="email" dir="ltr" preset=Some(current.address.clone()) errors
                hint=view! { {t!(i18n, account.email_hint)} }.into_any()>
                {t!(i18n, account.email)}
            </Field>
            <CheckList name="kinds" options chosen errors>
                {t!(i18n, account.email_kinds)}
            </CheckList>
            <SelectField name="digest" options=digests selected=current.digest.clone() errors>
                {t!(i18n, account.digest)}
            </SelectField>
            <SelectField name="locale" options=languages selected=current.locale.clone() errors>
                {t!(i18n, account.message_language)}
            </SelectField>
            <button type="submit" class="button" disabled=move || save.pending().get()>
                {t!(i18n, directory.save)}
            </button>
        </ActionForm>
    }
}
