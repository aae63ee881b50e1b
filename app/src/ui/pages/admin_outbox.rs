//! `/admin/outbox` (admins): every email (or, on its second tab, text message) the portal has
//! queued, newest first — where messages
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
    let channel_param = query_param("channel");
    let page = move || parse_number(&page_param()).unwrap_or(1).max(1);
    let channel = move || {
        if channel_param() == "sms" {
            "sms"
        } else {
            "email"
        }
    };
    let list = Resource::new(
        move || (page(), channel()),
        |(page, channel)| list_outbox(page, channel.to_string()),
    );
    view! {
        <Title text=t_string!(i18n, outbox.title).to_string() />
        <Gate admits=admin>
            <h1>{t!(i18n, outbox.title)}</h1>
            <p class="actions"><a href="/admin/users">{t!(i18n, admin.title)}</a></p>
            <nav class="tabs" aria-label=move || t_string!(i18n, outbox.channels)>
                <a href="/admin/outbox" aria-current=move || (channel() == "email").then_some("page")>{t!(i18n, outbox.email)}</a>
                <a href="/admin/outbox?channel=sms" aria-current=move || (channel() == "sms").then_some("page")>{t!(i18n, outbox.sms)}</a>
            </nav>
            <Transition fallback=|| ()>
                {move || list.get().map(|result| match result {
                    Err(error) => view! { <LoadFailed error /> }.into_any(),
                    Ok(OutboxPage { rows, total, page, pages, delivery, sms }) => view! {
                        <p class="hint">{match (sms, delivery) {
                            (false, true) => t_string!(i18n, outbox.delivering).to_string(),
                            (false, false) => t_string!(i18n, outbox.not_delivering).to_string(),
                            (true, true) => t_string!(i18n, outbox.sms_delivering).to_string(),
                            (true, false) => t_string!(i18n, outbox.sms_not_delivering).to_string(),
                        }}</p>
                        <p class="muted">{t!(i18n, directory.found, count = move || format::number(total))}</p>
                        {if rows.is_empty() {
                            view! { <div class="panel empty-state"><p>{t!(i18n, outbox.empty)}</p></div> }.into_any()
                        } else {
                            view! {
                                <ul class="cards plain outbox">
                                    {rows.into_iter().map(|m| view! { <Message m /> }).collect_view()}
                                </ul>
                                <Pager page pages href=move |p| if sms {
                                    format!("/admin/outbox?channel=sms&page={p}")
                                } else {
                                    format!("/admin/outbox?page={p}")
                                } />
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
            {(!m.subject.is_empty()).then(|| view! { <h2 class="small-heading" dir="auto">{m.subject.clone()}</h2> })}
            <p>{state} " " <span dir="ltr">{m.to_address}</span> " · " {m.recipient} " · " {format::date(m.at_ms)}</p>
            <pre class="prose mail-body" dir="auto">{m.body}</pre>
            {(!m.last_error.is_empty()).then(|| view! { <p class="error" dir="ltr">{m.last_error}</p> })}
        </li>
    }
}
