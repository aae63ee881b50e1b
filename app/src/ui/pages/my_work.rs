//! "My work" on the signed-in home: each group of what waits for the reader, with its count,
//! why it waits, how late or how old each item is, and a link to where to act.
use crate::api::get_my_work;
use crate::api::meetings::list_meetings;
use crate::domain::my_work::{Timing, WorkEntry, WorkGroup, WorkKind};
use crate::i18n::*;
use crate::model::meetings::MeetingsShown;
use crate::ui::components::{format, work_labels};
use crate::ui::pages::directory::LoadFailed;
use crate::ui::pages::meetings::MeetingCard;
use leptos::prelude::*;

#[component]
pub fn MyWork() -> impl IntoView {
    let i18n = use_i18n();
    let work = Resource::new(|| (), |_| get_my_work());
    let next = Resource::new(|| (), |_| list_meetings(None, MeetingsShown::Mine, 1));
    view! {
        <Transition fallback=|| ()>
            {move || next.get().and_then(Result::ok).and_then(|o| o.meetings.into_iter().next()).map(|m| view! {
                <section class="panel" aria-labelledby="next-meeting-heading">
                    <h2 id="next-meeting-heading">{t!(i18n, meetings.next_meeting)}</h2>
                    <ul class="cards plain"><MeetingCard m /></ul>
                    <p class="small"><a href="/meetings?show=mine">{t!(i18n, work.see_all)}</a></p>
                </section>
            })}
        </Transition>
        <section class="panel my-work" aria-labelledby="waiting-heading">
            <h2 id="waiting-heading">{t!(i18n, home.waiting_heading)}</h2>
            <Transition fallback=|| ()>
                {move || work.get().map(|result| match result {
                    Err(error) => view! { <LoadFailed error /> }.into_any(),
                    Ok(groups) if groups.is_empty() => view! {
                        <div class="empty-state">
                            <p>{t!(i18n, work.all_done)}</p>
                            <a class="button secondary" href="/committees">{t!(i18n, home.waiting_next)}</a>
                        </div>
                    }.into_any(),
                    Ok(groups) => groups
                        .into_iter()
                        .map(|group| view! { <Group group /> })
                        .collect_view()
                        .into_any(),
                })}
            </Transition>
        </section>
    }
}

#[component]
fn Group(group: WorkGroup) -> impl IntoView {
    let i18n = use_i18n();
    let kind = group.kind;
    let id = format!("work-{}", kind.as_str());
    let labelled_by = id.clone();
    let total = group.total;
    let more = total - group.items.len() as i64;
    let rejected = group.items.iter().any(|i| i.state == "rejected");
    // A revision's or a rejection's note is the reason someone gave.
    let reason = matches!(kind, WorkKind::ReviseProposal | WorkKind::OwnVerification);
    view! {
        <section class="work-group" aria-labelledby=labelled_by>
            <h3 id=id>
                {work_labels::heading(kind)} " "
                <span class="badge count" data-count=total.to_string()>{format::number(total)}</span>
            </h3>
            <p class="muted small">{work_labels::why(kind, rejected)}</p>
            <ul class="plain work-items">
                {group.items.into_iter().map(|item| view! { <Item item reason /> }).collect_view()}
            </ul>
            {(more > 0).then(|| view! {
                <p class="small">
                    {t!(i18n, work.more, count = move || format::number(more))}
                    {work_labels::see_all(kind).map(|href| view! {
                        " · " <a href=href>{t!(i18n, work.see_all)}</a>
                    })}
                </p>
            })}
        </section>
    }
}

#[component]
fn Item(item: WorkEntry, reason: bool) -> impl IntoView {
    let i18n = use_i18n();
    let class = match item.timing {
        Timing::Overdue(_) => "badge danger",
        Timing::DueIn(0) => "badge warn",
        Timing::Unknown => "",
        _ => "badge",
    };
    let when = work_labels::timing_in(i18n.get_locale(), item.timing);
    let note = item.note.clone();
    view! {
        <li class="work-item">
            <a href=item.link dir="auto">{item.title}</a>
            {(!when.is_empty()).then(|| view! { " " <span class=class>{when}</span> })}
            {(!note.is_empty()).then(|| view! {
                <p class="small muted" dir="auto">
                    {reason.then(|| view! { <strong>{t!(i18n, work.reason)}</strong> " " })}
                    {note}
                </p>
            })}
        </li>
    }
}
