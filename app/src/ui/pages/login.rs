use crate::api::Login;
use crate::i18n::*;
use crate::ui::components::field::Field;
use crate::ui::components::field_issue::FormAlert;
use crate::ui::components::form_state::{form_errors, form_failure, FailureAlert};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn LoginPage() -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<Login>::new();
    let query = use_query_map();
    let next = move || query.read().get("next").unwrap_or_else(|| "/".to_string());
    let errors = form_errors(action.value());
    let failure = form_failure(action.value());
    view! {
        <Title text=t_string!(i18n, login.title).to_string() />
        <section class="panel narrow">
            <h1>{t!(i18n, login.title)}</h1>
            <FormAlert issue=Signal::derive(move || errors.get().get("form")) />
            <FailureAlert failure />
            <ActionForm action attr:novalidate=true>
                <input type="hidden" name="next" value=next />
                <Field name="username" autocomplete="username" required=true dir="ltr" errors>
                    {t!(i18n, login.username)}
                </Field>
                <Field name="password" kind="password" autocomplete="current-password" required=true dir="ltr" errors>
                    {t!(i18n, login.password)}
                </Field>
                <button type="submit" class="button" disabled=move || action.pending().get()>
                    {move || if action.pending().get() { t_string!(i18n, login.pending) } else { t_string!(i18n, login.submit) }}
                </button>
            </ActionForm>
            <p class="muted">{t!(i18n, login.no_account)} " " <a href="/register">{t!(i18n, login.register_link)}</a></p>
        </section>
    }
}
