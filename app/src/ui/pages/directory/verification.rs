use crate::api::directory::DecideOrganisation;
use crate::i18n::*;
use crate::ui::components::choice_field::TextAreaField;
use crate::ui::components::form_state::{form_errors, form_failure, form_succeeded, FailureAlert};
use crate::ui::components::refresh::refresh_on_success;
use leptos::prelude::*;

/// The official's decision on an organisation awaiting verification.
#[component]
pub fn Verification(organisation_id: i64) -> impl IntoView {
    let i18n = use_i18n();
    let verify = ServerAction::<DecideOrganisation>::new();
    let reject = ServerAction::<DecideOrganisation>::new();
    let errors = form_errors(reject.value());
    refresh_on_success(form_succeeded(verify.value()));
    refresh_on_success(form_succeeded(reject.value()));
    let failure = Signal::derive(move || {
        form_failure(verify.value())
            .get()
            .or(form_failure(reject.value()).get())
    });
    view! {
        <section class="panel" aria-labelledby="verify-h">
            <h2 id="verify-h">{t!(i18n, directory.verification)}</h2>
            <FailureAlert failure />
            <div class="columns">
                <ActionForm action=verify attr:novalidate=true>
                    <input type="hidden" name="id" value=organisation_id />
                    <input type="hidden" name="decision" value="verify" />
                    <input type="hidden" name="reason" value="" />
                    <p>{t!(i18n, directory.verify_explain)}</p>
                    <button type="submit" class="button">{t!(i18n, directory.verify)}</button>
                </ActionForm>
                <ActionForm action=reject attr:novalidate=true>
                    <input type="hidden" name="id" value=organisation_id />
                    <input type="hidden" name="decision" value="reject" />
                    <TextAreaField name="reason" rows=2 errors>{t!(i18n, directory.reject_reason)}</TextAreaField>
                    <button type="submit" class="button danger">{t!(i18n, directory.reject)}</button>
                </ActionForm>
            </div>
        </section>
    }
}
