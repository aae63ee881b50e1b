//! `/certificates/{code}`: a certificate of service as anyone holding its code sees it,
//! printable on A4; its intermediary and officials may revoke it there.
use crate::api::service::{get_certificate, RevokeCertificate};
use crate::i18n::*;
use crate::model::service::CertificateView;
use crate::ui::components::field::Field;
use crate::ui::components::form_state::{form_errors, form_failure, FailureAlert};
use crate::ui::components::print_button::PrintButton;
use crate::ui::components::{format, service_labels, volunteer_labels};
use crate::ui::pages::directory::LoadFailed;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

#[component]
pub fn CertificatePage() -> impl IntoView {
    let params = use_params_map();
    let code = move || params.with(|p| p.get("code").unwrap_or_default());
    let certificate = Resource::new(code, get_certificate);
    view! {
        <Transition fallback=|| ()>
            {move || certificate.get().map(|result| match result {
                Err(error) => view! { <LoadFailed error /> }.into_any(),
                Ok(c) => view! { <Certificate c /> }.into_any(),
            })}
        </Transition>
    }
}

#[component]
fn Certificate(c: CertificateView) -> impl IntoView {
    let i18n = use_i18n();
    let title = t_string!(i18n, service.certificate_title).to_string();
    let roles = format::list(c.roles.iter().map(volunteer_labels::role));
    let centres = format::list(c.centres.iter().cloned());
    let period = c.first_on.clone().zip(c.last_on.clone());
    let revoked = c.revoked_at.is_some();
    view! {
        <Title text=format!("{title} {}", c.code) />
        <article class="printable certificate" class:revoked=revoked aria-labelledby="certificate-h">
            {c.revoked_at.map(|at| view! {
                <p class="form-alert">
                    {t!(i18n, service.revoked_on, date = format::date(at))} " "
                    <span dir="auto">{c.revoke_reason.clone()}</span>
                </p>
            })}
            <p class="issuer" dir="auto">{c.issuer.name.clone()}</p>
            <h1 id="certificate-h">{title}</h1>
            <p class="holder" dir="auto">{c.full_name.clone()}</p>
            <p class="certifies">
                {t!(i18n, service.certifies, hours = format::hours(c.minutes))}
            </p>
            <dl class="facts">
                {period.map(|(first, last)| view! {
                    <dt>{t!(i18n, service.period)}</dt>
                    <dd>{format::day(&first)} " – " {format::day(&last)}</dd>
                })}
                <dt>{t!(i18n, service.roles)}</dt><dd>{roles}</dd>
                <dt>{t!(i18n, service.centres)}</dt><dd dir="auto">{centres}</dd>
                <dt>{t!(i18n, service.basis)}</dt><dd>{service_labels::basis(c.basis, c.threshold)}</dd>
                <dt>{t!(i18n, service.issued_on)}</dt><dd>{format::date(c.issued_at)}</dd>
                <dt>{t!(i18n, service.code)}</dt><dd><span dir="ltr" class="code">{c.code.clone()}</span></dd>
            </dl>
            <p class="small">{t!(i18n, service.verify_hint)} " " <span dir="ltr">{format!("/certificates/{}", c.code)}</span></p>
            <p class="no-print"><PrintButton label=t_string!(i18n, service.print).to_string() /></p>
        </article>
        {c.may_revoke.then(|| view! { <Revoke code=c.code.clone() /> })}
    }
}

#[component]
fn Revoke(code: String) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<RevokeCertificate>::new();
    let errors = form_errors(action.value());
    let failure = form_failure(action.value());
    view! {
        <section class="panel no-print" aria-labelledby="revoke-h">
            <details open=errors.with_untracked(|e| !e.is_empty())>
                <summary id="revoke-h">{t!(i18n, service.revoke)}</summary>
                <p class="hint">{t!(i18n, service.revoke_hint)}</p>
                <FailureAlert failure />
                <ActionForm action attr:novalidate=true>
                    <input type="hidden" name="code" value=code />
                    <Field name="reason" required=true errors>{t!(i18n, service.revoke_reason)}</Field>
                    <button type="submit" class="button danger">{t!(i18n, service.revoke)}</button>
                </ActionForm>
            </details>
        </section>
    }
}
