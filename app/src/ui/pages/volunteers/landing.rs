use super::merges::{MergeRequests, MyMerge};
use super::roster::Roster;
use crate::api::volunteers::{get_my_volunteer, list_my_rosters};
use crate::i18n::*;
use crate::ui::layout::user::use_session_user;
use crate::ui::pages::directory::LoadFailed;
use leptos::prelude::*;
use leptos_meta::Title;

/// `/volunteers`: the invitation to volunteer for everyone; a volunteer's way to their
/// profile; and, for representatives of intermediary institutions, their volunteers.
#[component]
pub fn VolunteersPage() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session_user();
    view! {
        <Title text=t_string!(i18n, volunteers.title).to_string() />
        <h1>{t!(i18n, volunteers.title)}</h1>
        <Transition fallback=|| ()>
            {move || session.user.get().map(|user| match user {
                None => view! { <Invitation /> }.into_any(),
                Some(_) => view! { <SignedIn /> }.into_any(),
            })}
        </Transition>
    }
}

#[component]
fn Invitation() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="panel">
            <p>{t!(i18n, volunteers.intro)}</p>
            <p class="hint">{t!(i18n, volunteers.why_intermediary)}</p>
            <p class="actions">
                <a class="button" href="/volunteers/register">{t!(i18n, volunteers.register)}</a> " "
                <a class="button secondary" href="/centres">{t!(i18n, centres.title)}</a> " "
                <a class="button secondary" href="/opportunities">{t!(i18n, shifts.title)}</a>
            </p>
        </section>
    }
}

#[component]
fn SignedIn() -> impl IntoView {
    let i18n = use_i18n();
    let mine = Resource::new(|| (), |_| get_my_volunteer());
    let query = leptos_router::hooks::use_query_map();
    let shown = move || {
        query.with(|q| {
            let page = q
                .get("page")
                .and_then(|p| crate::domain::digits::parse_number(&p));
            (q.get("q").unwrap_or_default(), q.get("state"), page)
        })
    };
    let rosters = Resource::new(shown, |(q, state, page)| list_my_rosters(q, state, page));
    let searched = move || shown().0;
    view! {
        <Transition fallback=|| ()>
            {move || mine.get().map(|result| match result {
                Err(error) => view! { <LoadFailed error /> }.into_any(),
                Ok(Some(_)) => view! {
                    <section class="panel">
                        <p>{t!(i18n, volunteers.already)}</p>
                        <p><a class="button secondary" href="/volunteers/me">{t!(i18n, volunteers.see_profile)}</a></p>
                    </section>
                }.into_any(),
                Ok(None) => view! { <Invitation /> <MyMerge /> }.into_any(),
            })}
            <MergeRequests />
            {move || rosters.get().map(|result| match result {
                Err(error) => view! { <LoadFailed error /> }.into_any(),
                Ok(list) if list.is_empty() => ().into_any(),
                Ok(list) => view! {
                    <RosterSearch query=searched() />
                    {list.into_iter().map(|roster| view! { <Roster roster query=searched() /> }).collect_view()}
                    <section class="panel" aria-labelledby="export-h">
                        <h2 id="export-h">{t!(i18n, volunteers.export_heading)}</h2>
                        <p class="hint">{t!(i18n, volunteers.export_hint_full)}</p>
                        <p><a href="/volunteers/veterans">{t!(i18n, veterans.link)}</a></p>
                        <p class="actions">
                            <a class="button secondary small" href="/export/volunteers.xlsx" download>{t!(i18n, directory.export_xlsx)}</a> " "
                            <a class="button secondary small" href="/export/volunteers.csv" download>{t!(i18n, directory.export_csv)}</a>
                        </p>
                    </section>
                }.into_any(),
            })}
        </Transition>
    }
}

/// Finding one's own volunteers by name (letters folded, as everywhere): a plain GET form.
#[component]
fn RosterSearch(query: String) -> impl IntoView {
    let i18n = use_i18n();
    let searching = !query.is_empty();
    view! {
        <form method="get" action="/volunteers" role="search" class="search-form">
            <label for="roster-q">{t!(i18n, volunteers.roster_search)}</label>
            <div class="search-row">
                <input type="search" id="roster-q" name="q" value=query maxlength="100" />
                <button type="submit" class="button">{t!(i18n, directory.search)}</button>
            </div>
            {searching.then(|| view! { <p><a href="/volunteers">{t!(i18n, volunteers.clear_search)}</a></p> })}
        </form>
    }
}
