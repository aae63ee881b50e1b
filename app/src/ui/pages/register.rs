use crate::api::Register;
use crate::i18n::*;
use crate::ui::components::field::Field;
use crate::ui::components::field_issue::FormAlert;
use crate::ui::components::form_state::{form_errors, form_failure, FailureAlert};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn RegisterPage() -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<Register>::new();
    let errors = form_errors(action.value());
    let failure = form_failure(action.value());
    view! {
        <Title text=t_string!(i18n, register.title).to_string() />
        <section class="panel narrow">
            <h1>{t!(i18n, register.title)}</h1>
            <p class="muted">{t!(i18n, register.intro)}</p>
            <p class="muted">{t!(i18n, register.for_organisations)} " " <a href="/organisations/new">{t!(i18n, register.organisation_link)}</a></p>
            <FormAlert issue=Signal::derive(move || errors.get().get("form")) />
            <FailureAlert failure />
            <ActionForm action attr:novalidate=true>
                <Field name="display_name" autocomplete="name" required=true errors>
                    {t!(i18n, register.display_name)}
                </Field>
                <Field
                    name="username"
                    autocomplete="username"
                    required=true
                    dir="ltr"
                    hint=t!(i18n, register.username_hint).into_any()
                    errors
                >
                    {t!(i18n, register.username)}
                </Field>
                <Field name="email" kind="email" autocomplete="email" dir="ltr" errors>
                    {t!(i18n, register.email)}
                </Field>
                <Field
                    name="password"
                    kind="password"
                    autocomplete="new-password"
                    required=true
                    dir="ltr"
                    hint=t!(i18n, register.password_hint).into_any()
                    errors
                >
                    {t!(i18n, register.password)}
                </Field>
                <Field name="password_confirm" kind="password" autocomplete="new-password" required=true dir="ltr" errors>
                    {t!(i18n, register.password_confirm)}
                </Field>
                <button type="submit" class="button" disabled=move || action.pending().get()>
                    {move || if action.pending().get() { t_string!(i18n, register.pending) } else { t_string!(i18n, register.submit) }}
                </button>
            </ActionForm>
            <p class="muted">{t!(i18n, register.have_account)} " " <a href="/login">{t!(i18n, register.login_link)}</a></p>
        </section>
    }
}
