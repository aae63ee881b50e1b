use crate::api::volunteers::{get_my_merge, list_volunteer_merges, DecideVolunteerMerge};
use crate::i18n::*;
use crate::model::volunteers::MergeView;
use crate::ui::components::form_state::{form_errors, form_failure, FailureAlert};
use crate::ui::components::format;
use crate::ui::components::pager::urlencode;
use crate::ui::components::reason_field::{echoed_for, ReasonField};
use crate::ui::pages::directory::LoadFailed;
use leptos::prelude::*;

/// For an intermediary's representatives: second registrations asking to join a profile of
/// theirs to another account, the oldest first, with what both sides gave to compare.
#[component]
pub fn MergeRequests() -> impl IntoView {
    let i18n = use_i18n();
    let list = Resource::new(|| (), |_| list_volunteer_merges());
    // Without JavaScript every form of the kind reads the echoed answer: one alert for all.
    let failure = form_failure(ServerAction::<DecideVolunteerMerge>::new().value());
    view! {
        <Transition fallback=|| ()>
            {move || list.get().map(|result| match result {
                Err(error) => view! { <LoadFailed error /> }.into_any(),
                Ok(list) if list.is_empty() => ().into_any(),
                Ok(list) => view! {
                    <section class="panel" aria-labelledby="merges-h">
                        <h2 id="merges-h">{t!(i18n, volunteers.merges_heading)}</h2>
                        <p class="hint">{t!(i18n, volunteers.merges_hint)}</p>
                        <FailureAlert failure />
                        <ul class="cards plain">
                            {list.into_iter().map(|m| view! { <MergeCard m /> }).collect_view()}
                        </ul>
                    </section>
                }.into_any(),
            })}
        </Transition>
    }
}

#[component]
fn MergeCard(m: MergeView) -> impl IntoView {
    let i18n = use_i18n();
    let join = ServerAction::<DecideVolunteerMerge>::new();
    let refuse = ServerAction::<DecideVolunteerMerge>::new();
    let errors = form_errors(refuse.value());
    let (volunteer_id, volunteer_name) = m.volunteer.clone().unwrap_or_default();
    let heading = volunteer_name.clone();
    let mobile = m.mobile.clone().unwrap_or_default();
    view! {
        <li class="card" id=format!("merge-{}", m.id)>
            <h3 dir="auto">{heading}</h3>
            <p class="small"><a href=format!("/volunteers?q={}#volunteer-{volunteer_id}", urlencode(&volunteer_name))>{t!(i18n, volunteers.merge_profile)}</a></p>
            <dl class="facts">
                <dt>{t!(i18n, volunteers.merge_name)}</dt><dd dir="auto">{m.full_name.clone().unwrap_or_default()}</dd>
                <dt>{t!(i18n, volunteers.merge_account)}</dt><dd dir="ltr">{m.username.clone().unwrap_or_default()}</dd>
                <dt>{t!(i18n, volunteers.mobile)}</dt>
                <dd><a href=format!("tel:{mobile}") dir="ltr">{format::digits(&mobile)}</a></dd>
                <dt>{t!(i18n, volunteers.merge_sent)}</dt><dd>{format::date(m.sent_at)}</dd>
            </dl>
            <div class="actions">
                <details>
                    <summary>{t!(i18n, volunteers.merge_join)}</summary>
                    <p class="hint">{t!(i18n, volunteers.merge_join_hint)}</p>
                    <ActionForm action=join>
                        <input type="hidden" name="id" value=m.id />
                        <input type="hidden" name="join" value="1" />
                        <button type="submit" class="button small">{t!(i18n, volunteers.merge_join_confirm)}</button>
                    </ActionForm>
                </details>
                <details open=echoed_for(errors, m.id)>
                    <summary>{t!(i18n, volunteers.merge_refuse)}</summary>
                    <ActionForm action=refuse attr:novalidate=true>
                        <input type="hidden" name="id" value=m.id />
                        <input type="hidden" name="join" value="0" />
                        <ReasonField prefix="merge-reason" object_id=m.id errors>{t!(i18n, volunteers.reason)}</ReasonField>
                        <button type="submit" class="button danger small">{t!(i18n, volunteers.merge_refuse)}</button>
                    </ActionForm>
                </details>
            </div>
        </li>
    }
}

/// For someone without a profile: what became of their request to join an existing one.
#[component]
pub fn MyMerge() -> impl IntoView {
    let mine = Resource::new(|| (), |_| get_my_merge());
    view! {
        <Transition fallback=|| ()>
            {move || mine.get().and_then(Result::ok).flatten().map(|m| view! { <MergeState m /> })}
        </Transition>
    }
}

/// `/volunteers/me` without a profile: the way to register, unless a request to join an
/// existing profile waits (registering again would only meet the same national code).
#[component]
pub fn NotRegistered(heading: String) -> impl IntoView {
    let i18n = use_i18n();
    let mine = Resource::new(|| (), |_| get_my_merge());
    view! {
        <Transition fallback=|| ()>
            {move || mine.get().map(|result| {
                let request = result.ok().flatten();
                let waiting = request.as_ref().is_some_and(|m| m.state == "pending");
                view! {
                    <section class="panel narrow">
                        <h1>{heading.clone()}</h1>
                        {(!waiting).then(|| view! {
                            <p>{t!(i18n, volunteers.not_registered)}</p>
                            <p><a class="button" href="/volunteers/register">{t!(i18n, volunteers.register)}</a></p>
                        })}
                    </section>
                    {request.map(|m| view! { <MergeState m /> })}
                }
            })}
        </Transition>
    }
}

#[component]
fn MergeState(m: MergeView) -> impl IntoView {
    let i18n = use_i18n();
    let reason = (!m.reason.is_empty()).then(|| m.reason.clone());
    let text = match m.state.as_str() {
        "pending" => t_string!(i18n, volunteers.merge_pending),
        "merged" => t_string!(i18n, volunteers.merge_merged),
        _ => t_string!(i18n, volunteers.merge_refused),
    };
    view! {
        <section class="panel" aria-labelledby="my-merge-h">
            <h2 id="my-merge-h">{t!(i18n, volunteers.merge_mine_heading)}</h2>
            <p class="notice" role="status">{text}</p>
            <p class="small">{t!(i18n, volunteers.merge_sent)} ": " {format::date(m.sent_at)}</p>
            {reason.map(|r| view! { <p class="small">{t!(i18n, volunteers.reason)} ": " <span dir="auto">{r}</span></p> })}
        </section>
    }
}
