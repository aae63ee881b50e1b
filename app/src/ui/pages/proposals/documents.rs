use crate::api::proposals::RemoveDocument;
use crate::domain::upload_issues;
use crate::i18n::*;
use crate::model::proposals::DocumentEntry;
use crate::ui::components::field_issue::IssueText;
use crate::ui::components::form_state::{form_failure, form_succeeded, FailureAlert};
use crate::ui::components::format;
use crate::ui::components::refresh::refresh_on_success;
use crate::ui::pages::directory::query_param;
use leptos::prelude::*;

/// The proposal's supporting documents, and for the proposer a plain multipart form to attach
/// one (files do not go through server functions); its problem comes back as
/// `document_error`.
#[component]
pub fn Documents(id: i64, documents: Vec<DocumentEntry>, may_attach: bool) -> impl IntoView {
    let i18n = use_i18n();
    let problem = query_param("document_error");
    let issue = move || upload_issues::issue(&problem(), 5 * 1024, 5);
    let remove = ServerAction::<RemoveDocument>::new();
    let failure = form_failure(remove.value());
    refresh_on_success(form_succeeded(remove.value()));
    let empty = documents.is_empty();
    (may_attach || !empty).then(|| view! {
        <section class="panel" aria-labelledby="documents-h">
            <h2 id="documents-h">{t!(i18n, proposals.documents)}</h2>
            <FailureAlert failure />
            {if empty {
                view! { <p class="muted">{t!(i18n, proposals.no_documents)}</p> }.into_any()
            } else {
                view! {
                    <ul class="plain list">
                        {documents.into_iter().map(|d| view! {
                            <li class="row-actions">
                                <a href=format!("/documents/{}", d.id) download dir="auto">{d.file_name.clone()}</a>
                                <span class="muted small">
                                    {t!(i18n, proposals.kilobytes, n = move || format::grouped((d.size_bytes + 1023) / 1024))}
                                    " · " {format::date(d.at_ms)}
                                </span>
                                {may_attach.then(|| view! {
                                    <ActionForm action=remove attr:novalidate=true>
                                        <input type="hidden" name="id" value=d.id />
                                        <button type="submit" class="button danger small"
                                            aria-label=format!("{} {}", t_string!(i18n, proposals.remove_document), d.file_name)>
                                            {t!(i18n, proposals.remove_document)}
                                        </button>
                                    </ActionForm>
                                })}
                            </li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
            {may_attach.then(|| view! {
                <form method="post" enctype="multipart/form-data" action=format!("/proposals/{id}/documents")>
                    <div class="field" class:invalid=move || issue().is_some()>
                        <label for="field-document">{t!(i18n, proposals.attach)}</label>
                        <p class="hint" id="field-document-hint">{t!(i18n, proposals.document_hint)}</p>
                        <input
                            id="field-document"
                            type="file"
                            name="document"
                            accept="application/pdf,image/png,image/jpeg,image/webp"
                            required=true
                            aria-invalid=move || issue().is_some().then_some("true")
                            aria-describedby=move || if issue().is_some() { "field-document-hint field-document-error" } else { "field-document-hint" }
                        />
                        <p class="error" id="field-document-error" hidden=move || issue().is_none()>
                            {move || issue().map(|issue| view! { <IssueText issue /> })}
                        </p>
                    </div>
                    <button type="submit" class="button secondary">{t!(i18n, proposals.attach)}</button>
                </form>
            })}
        </section>
    })
}
