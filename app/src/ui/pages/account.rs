use crate::api::{ChangePassword, Logout};
use crate::domain::roles::Role;
use crate::i18n::*;
use crate::model::SessionUser;
use crate::ui::components::form_state::{form_errors, form_failure, saved_panel, FailureAlert};
use crate::ui::components::{field::Field, format, sign_in_required::SignInRequired};
use crate::ui::layout::user::use_session_user;
use crate::ui::pages::account_email::EmailSettingsPanel;
use crate::ui::pages::account_sms::SmsSettingsPanel;
use leptos::prelude::*;
use leptos_meta::Title;

/// The localised name of a global role.
pub fn role_name(role: Role) -> String {
    let i18n = use_i18n();
    match role {
        Role::Admin => t_string!(i18n, roles.admin),
        Role::Official => t_string!(i18n, roles.official),
        Role::Member => t_string!(i18n, roles.member),
    }
    .to_string()
}

#[component]
pub fn AccountPage() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session_user();
    view! {
        <Title text=t_string!(i18n, account.title).to_string() />
        <Transition fallback=|| ()>
            // Still loading: nothing yet (a refusal now would set the page's status too early).
            {move || session.user.get().map(|user| match user {
                Some(user) => view! { <AccountDetails user /> }.into_any(),
                None => view! { <SignInRequired /> }.into_any(),
            })}
        </Transition>
    }
}

#[component]
fn AccountDetails(user: SessionUser) -> impl IntoView {
    let i18n = use_i18n();
    let change = ServerAction::<ChangePassword>::new();
    let logout = ServerAction::<Logout>::new();
    let errors = form_errors(change.value());
    let failure = form_failure(change.value());
    let changed = saved_panel("password");
    view! {
        <h1>{t!(i18n, account.title)}</h1>
        <div class="columns">
            <section class="panel" aria-labelledby="profile-heading">
                <h2 id="profile-heading">{t!(i18n, account.profile)}</h2>
                <dl class="facts">
                    <dt>{t!(i18n, account.display_name)}</dt><dd>{user.display_name.clone()}</dd>
                    <dt>{t!(i18n, account.username)}</dt><dd dir="ltr">{user.username.clone()}</dd>
                    <dt>{t!(i18n, account.role)}</dt><dd>{role_name(user.role)}</dd>
                    <dt>{t!(i18n, account.member_since)}</dt><dd>{format::date(user.member_since_ms)}</dd>
                </dl>
                <ActionForm action=logout attr:novalidate=true>
                    <button type="submit" class="button secondary">{t!(i18n, account.sign_out)}</button>
                </ActionForm>
            </section>
            <section class="panel" aria-labelledby="password-heading">
                <h2 id="password-heading">{t!(i18n, account.change_password)}</h2>
                <p class="form-success" role="status" hidden=move || !changed.get()>{t!(i18n, account.password_changed)}</p>
                <FailureAlert failure />
                <ActionForm action=change attr:novalidate=true>
                    <Field name="current_password" kind="password" autocomplete="current-password" required=true dir="ltr" errors>
                        {t!(i18n, account.current_password)}
                    </Field>
                    <Field name="new_password" kind="password" autocomplete="new-password" required=true dir="ltr" errors>
                        {t!(i18n, account.new_password)}
                    </Field>
                    <Field name="new_password_confirm" kind="password" autocomplete="new-password" required=true dir="ltr" errors>
                        {t!(i18n, account.new_password_confirm)}
                    </Field>
                    <button type="submit" class="button" disabled=move || change.pending().get()>
                        {t!(i18n, account.save_password)}
                    </button>
                </ActionForm>
            </section>
            <EmailSettingsPanel />
            <SmsSettingsPanel />
        </div>
    }
}
