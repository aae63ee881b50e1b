//! The account page's text messages: the mobile number, proven by a code sent to it, and which
//! kinds of event arrive by SMS. Without a proven number nothing is sent.
use crate::api::sms::{
    get_sms_settings, RemoveMobile, RequestMobileCode, SaveSmsKinds, VerifyMobile,
};
use crate::i18n::*;
use crate::model::notifications::SmsSettings;
use crate::ui::components::check_list::CheckList;
use crate::ui::components::field::Field;
use crate::ui::components::form_state::{form_errors, form_failure, saved_panel, FailureAlert};
use crate::ui::components::format;
use crate::ui::components::notice_text::kind_choices;
use crate::ui::pages::directory::LoadFailed;
use leptos::prelude::*;

#[component]
pub fn SmsSettingsPanel() -> impl IntoView {
    let i18n = use_i18n();
    let request = ServerAction::<RequestMobileCode>::new();
    let verify = ServerAction::<VerifyMobile>::new();
    let remove = ServerAction::<RemoveMobile>::new();
    let kinds = ServerAction::<SaveSmsKinds>::new();
    let settings = Resource::new(
        move || {
            (
                request.version().get(),
                verify.version().get(),
                remove.version().get(),
                kinds.version().get(),
            )
        },
        |_| get_sms_settings(),
    );
    view! {
        <section class="panel" aria-labelledby="sms-heading">
            <h2 id="sms-heading">{t!(i18n, account.sms_settings)}</h2>
            <p class="hint">{t!(i18n, account.sms_intro)}</p>
            <Transition fallback=|| ()>
                {move || settings.get().map(|result| match result {
                    Err(error) => view! { <LoadFailed error /> }.into_any(),
                    Ok(current) => view! {
                        <NumberForm current=current.clone() request verify remove />
                        {current.verified.then(|| view! { <KindsForm current=current.clone() save=kinds /> })}
                    }.into_any(),
                })}
            </Transition>
        </section>
    }
}

#[component]
fn NumberForm(
    current: SmsSettings,
    request: ServerAction<RequestMobileCode>,
    verify: ServerAction<VerifyMobile>,
    remove: ServerAction<RemoveMobile>,
) -> impl IntoView {
    let i18n = use_i18n();
    let request_errors = form_errors(request.value());
    let verify_errors = form_errors(verify.value());
    let failure = form_failure(request.value());
    let verified = current.verified;
    let mobile = current.mobile.clone();
    view! {
        {verified.then(|| view! {
            <p role="status">
                <span class="badge ok">{t!(i18n, account.mobile_verified)}</span> " "
                <span dir="ltr">{format::digits(&mobile)}</span>
            </p>
            <ActionForm action=remove attr:novalidate=true>
                <button type="submit" class="link-button">{t!(i18n, account.mobile_remove)}</button>
            </ActionForm>
        })}
        <FailureAlert failure />
        <ActionForm action=request attr:novalidate=true>
            <Field name="mobile" kind="tel" autocomplete="tel" dir="ltr" errors=request_errors
                preset=Some(if verified { String::new() } else { current.mobile.clone() })
                hint=view! { {t!(i18n, account.mobile_hint)} }.into_any()>
                {if verified { t!(i18n, account.mobile_new).into_any() } else { t!(i18n, account.mobile).into_any() }}
            </Field>
            <button type="submit" class="button secondary" disabled=move || request.pending().get()>
                {t!(i18n, account.send_code)}
            </button>
        </ActionForm>
        {current.code_sent_to.map(|to| view! {
            <ActionForm action=verify attr:novalidate=true>
                <Field name="code" autocomplete="one-time-code" dir="ltr" errors=verify_errors
                    hint=view! { {t!(i18n, account.code_hint, mobile = format::digits(&to))} }.into_any()>
                    {t!(i18n, account.code)}
                </Field>
                <button type="submit" class="button" disabled=move || verify.pending().get()>
                    {t!(i18n, account.verify)}
                </button>
            </ActionForm>
        })}
    }
}

#[component]
fn KindsForm(current: SmsSettings, save: ServerAction<SaveSmsKinds>) -> impl IntoView {
    let i18n = use_i18n();
    let locale = i18n.get_locale_untracked();
    let errors = form_errors(save.value());
    let saved = saved_panel("sms");
    let (options, chosen) = kind_choices(locale, &current.kinds);
    view! {
        <p class="form-success" role="status" hidden=move || !saved.get()>{t!(i18n, directory.saved)}</p>
        <ActionForm action=save attr:novalidate=true>
            <CheckList name="sms_kinds" options chosen errors>
                {t!(i18n, account.sms_kinds)}
            </CheckList>
            <button type="submit" class="button" disabled=move || save.pending().get()>
                {t!(i18n, directory.save)}
            </button>
        </ActionForm>
    }
}
