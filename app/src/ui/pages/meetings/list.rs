//! `/meetings`: upcoming meetings of the reader's committees, their own, or past ones with
//! their minutes; filtered by committee (a plain GET form, so it works without JavaScript).
use crate::api::meetings::list_meetings;
use crate::domain::digits::parse_number;
use crate::i18n::*;
use crate::model::meetings::{ListedMeeting, MeetingsOverview, MeetingsShown};
use crate::ui::components::format;
use crate::ui::components::pager::Pager;
use crate::ui::pages::directory::{anyone_signed_in, query_param, Gate, LoadFailed};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn MeetingsPage() -> impl IntoView {
    let i18n = use_i18n();
    let (show, committee, page_param) = (
        query_param("show"),
        query_param("committee"),
        query_param("page"),
    );
    let shown = move || MeetingsShown::parse(&show());
    let chosen = move || parse_number(&committee());
    let page = move || parse_number(&page_param()).unwrap_or(1).max(1);
    let list = Resource::new(
        move || (chosen(), shown(), page()),
        |(c, s, p)| list_meetings(c, s, p),
    );
    let href = move |s: MeetingsShown, p: i64| {
        let c = chosen().map(|c| c.to_string()).unwrap_or_default();
        format!("/meetings?show={}&committee={c}&page={p}", s.code())
    };
    let tabs = [
        (
            MeetingsShown::Upcoming,
            t_string!(i18n, meetings.tab_upcoming),
        ),
        (MeetingsShown::Mine, t_string!(i18n, meetings.mine)),
        (MeetingsShown::Past, t_string!(i18n, meetings.tab_past)),
    ];
    view! {
        <Title text=t_string!(i18n, meetings.meetings).to_string() />
        <Gate admits=anyone_signed_in>
            <h1>{t!(i18n, meetings.meetings)}</h1>
            <nav class="tabs" aria-label=t_string!(i18n, meetings.meetings)>
                {tabs.into_iter().map(|(s, label)| view! {
                    <a href=move || href(s, 1) aria-current=move || (shown() == s).then_some("page")>{label}</a>
                }).collect_view()}
            </nav>
            <Transition fallback=|| ()>
                {move || list.get().map(|result| match result {
                    Err(error) => view! { <LoadFailed error /> }.into_any(),
                    Ok(overview) => view! { <Overview overview shown=shown() chosen=chosen() href /> }.into_any(),
                })}
            </Transition>
        </Gate>
    }
}

#[component]
fn Overview(
    overview: MeetingsOverview,
    shown: MeetingsShown,
    chosen: Option<i64>,
    href: impl Fn(MeetingsShown, i64) -> String + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let MeetingsOverview {
        committees,
        schedulable,
        meetings,
        total,
        page,
        pages,
    } = overview;
    view! {
        {(!schedulable.is_empty()).then(|| view! {
            <p class="actions"><a class="button" href="/meetings/new">{t!(i18n, meetings.schedule)}</a></p>
        })}
        <form method="get" action="/meetings" class="filters" role="search">
            <input type="hidden" name="show" value=shown.code() />
            <div class="field">
                <label for="f-committee">{t!(i18n, proposals.committee)}</label>
                <select id="f-committee" name="committee">
                    <option value="">{t!(i18n, directory.all)}</option>
                    {committees.into_iter().map(|c| view! {
                        <option value=c.id.to_string() selected=chosen == Some(c.id)>{c.name}</option>
                    }).collect_view()}
                </select>
            </div>
            <button type="submit" class="button">{t!(i18n, directory.apply)}</button>
        </form>
        <p class="muted">{t!(i18n, directory.found, count = move || format::number(total))}</p>
        {if meetings.is_empty() {
            view! { <div class="panel empty-state"><p>{t!(i18n, meetings.none)}</p></div> }.into_any()
        } else {
            view! {
                <ul class="cards plain">
                    {meetings.into_iter().map(|m| view! { <MeetingCard m /> }).collect_view()}
                </ul>
            }.into_any()
        }}
        <Pager page pages href=move |p| href(shown, p) />
    }
}

#[component]
pub fn MeetingCard(m: ListedMeeting) -> impl IntoView {
    let i18n = use_i18n();
    let state = if m.published {
        t_string!(i18n, meetings.published)
    } else {
        t_string!(i18n, meetings.unpublished)
    };
    view! {
        <li class="card">
            <h2 dir="auto"><a href=format!("/meetings/{}", m.id)>{m.title}</a></h2>
            <p>
                {format::day(&m.held_on)} " " <span dir="ltr">{format::digits(&m.starts_at)}</span>
                " " <span class="badge">{state}</span>
            </p>
            <p class="muted small" dir="auto">
                <a href=format!("/committees/{}", m.committee.id)>{m.committee.name}</a>
                " · " {m.working_group}
            </p>
        </li>
    }
}
