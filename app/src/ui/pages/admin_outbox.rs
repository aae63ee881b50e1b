//! `/admin/outbox` (admins): every email the portal has queued, newest first — where messages
//! wait when no SMTP server is configured, and where failed deliveries show their error.
use crate::api::list_outbox;
use crate::domain::digits::parse_number;
use crate::i18n::*;
use crate::model::notifications::{OutboxEntry, OutboxPage};
use crate::ui::components::format;
use crate::ui::components::pager::Pager;
use crate::ui::pages::directory::{admin, query_param, Gate, LoadFailed};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn AdminOutboxPage() -> impl IntoView {
    let i18n = use_i18n();
    let page_param = query_param("page");
    let page = move || parse_number(&page_param()).unwrap_or(1).max(1);
    let list = Resource::new(page, list_outbox);
    view! {
        <Title text=t_string!(i18n, outbox.title).to_string() />
        <Gate admits=admin>
            <h1>{t!(i18n, outbox.title)}</h1>
            <p class="actions"><a href="/admin/users">{t!(i18n, admin.title)}</a></p>
            <Transition fallback=|| ()>
                {move || list.get().map(|result| match result {
                    Err(error) => view! { <LoadFailed error /> }.into_any(),
                    Ok(OutboxPage { rows, total, page, pages, delivery }) => view! {
                        <p class="hint">{if delivery {
                            t_string!(i18n, outbox.delivering).to_string()
                        } else {
                            t_string!(i18n, outbox.not_delivering).to_string()
                        }}</p>
                        <p class="muted">{t!(i18n, directory.found, count = move || format::number(total))}</p>
                        {if rows.is_empty() {
                            view! { <div class="panel empty-state"><p>{t!(i18n, outbox.empty)}</p></div> }.into_any()
                        } else {
                            view! {
                                <ul class="cards plain outbox">
                                    {rows.into_iter().map(|m| view! { <Message m /> }).collect_view()}
                                </ul>
                                <Pager page pages href=|p| format!("/admin/outbox?page={p}") />
                            }.into_any()
                        }}
                    }.into_any(),
                })}
            </Transition>
        </Gate>
    }
}

#[component]
fn Message(m: OutboxEntry) -> impl IntoView {
    let i18n = use_i18n();
    let state = match (m.sent_at_ms, m.last_error.is_empty()) {
        (Some(at), _) => view! {
            <span class="badge ok">{t!(i18n, outbox.sent, day = format::date(at))}</span>
        }.into_any(),
        (None, true) => view! { <span class="badge">{t!(i18n, outbox.waiting)}</span> }.into_any(),
        (None, false) => view! {
            <span class="badge danger">{t!(i18n, outbox.failed, n = format::number(m.attempts))}</span>
        }.into_any(),
    };
    view! {
        <li class="card">
            <h2 class="small-heading" dir="auto">{m.subject}</h2>
            <p>{state} " " <span dir="ltr">{m.to_address}</span> " · " {m.recipient} " · " {format::date(m.at_ms)}</p>
            <pre class="prose mail-body" dir="auto">{m.body}</pre>
            {(!m.last_error.is_empty()).then(|| view! { <p class="error" dir="ltr">{m.last_error}</p> })}
        </li>
    }
}
