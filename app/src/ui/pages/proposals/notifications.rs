use crate::api::proposals::{list_notifications, MarkNotificationsRead};
use crate::domain::digits::parse_number;
use crate::i18n::*;
use crate::model::notifications::{NotificationEntry, NotificationPage};
use crate::ui::components::form_state::form_succeeded;
use crate::ui::components::pager::Pager;
use crate::ui::components::refresh::{provide_refresh, refresh_on_success};
use crate::ui::components::{format, notice_text};
use crate::ui::pages::directory::{anyone_signed_in, query_param, Gate, LoadFailed};
use leptos::prelude::*;
use leptos_meta::Title;

/// `/notifications`: everything that concerns the signed-in person, newest first.
#[component]
pub fn NotificationsPage() -> impl IntoView {
    let i18n = use_i18n();
    let refresh = provide_refresh();
    let page_param = query_param("page");
    let page = move || parse_number(&page_param()).unwrap_or(1).max(1);
    let list = Resource::new(
        move || (page(), refresh.0.get()),
        |(p, _)| list_notifications(p),
    );
    let mark = ServerAction::<MarkNotificationsRead>::new();
    refresh_on_success(form_succeeded(mark.value()));
    view! {
        <Title text=t_string!(i18n, notifications.title).to_string() />
        <Gate admits=anyone_signed_in>
            <h1>{t!(i18n, notifications.title)}</h1>
            <Transition fallback=|| ()>
                {move || list.get().map(|result| match result {
                    Err(error) => view! { <LoadFailed error /> }.into_any(),
                    Ok(NotificationPage { rows, unread, page, pages, .. }) => view! {
                        {(unread > 0).then(|| view! {
                            <ActionForm action=mark attr:novalidate=true>
                                <button type="submit" class="button secondary">{t!(i18n, notifications.mark_all)}</button>
                            </ActionForm>
                        })}
                        {if rows.is_empty() {
                            view! { <div class="panel empty-state"><p>{t!(i18n, notifications.none)}</p></div> }.into_any()
                        } else {
                            view! {
                                <ul class="cards plain notifications">
                                    {rows.into_iter().map(|n| view! { <Notification n mark /> }).collect_view()}
                                </ul>
                            }.into_any()
                        }}
                        <Pager page pages href=|p| format!("/notifications?page={p}") />
                    }.into_any(),
                })}
            </Transition>
        </Gate>
    }
}

#[component]
fn Notification(n: NotificationEntry, mark: ServerAction<MarkNotificationsRead>) -> impl IntoView {
    let i18n = use_i18n();
    let who = n.actor.clone().unwrap_or_default();
    let subject = n.subject.clone();
    let what = notice_text::notice_in(i18n.get_locale(), &n.kind, &who, &n.detail);
    view! {
        <li class="card" class:unread=n.unread>
            <p>
                {n.unread.then(|| view! { <span class="badge ok">{t!(i18n, notifications.fresh)}</span> " " })}
                {what}
            </p>
            <p><a href=n.link.clone() dir="auto">{subject}</a></p>
            {(!n.note.is_empty()).then(|| view! { <blockquote class="note" dir="auto">{n.note.clone()}</blockquote> })}
            <p class="muted small">{format::date(n.at_ms)}</p>
            {n.unread.then(|| view! {
                <ActionForm action=mark attr:novalidate=true>
                    <input type="hidden" name="id" value=n.id />
                    <button type="submit" class="link-button">{t!(i18n, notifications.mark_read)}</button>
                </ActionForm>
            })}
        </li>
    }
}
