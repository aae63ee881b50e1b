//! `/meetings/new?committee=…` and `/meetings/{id}/edit`: when and where a meeting is, in
//! which working group (whose board receives its decisions), and its quorum. The committee's
//! members are invited when it is first saved.
use crate::api::meetings::{get_meeting_form, list_meetings, SaveMeeting};
use crate::domain::digits::parse_number;
use crate::domain::meeting_rules::DEFAULT_QUORUM_PERCENT;
use crate::i18n::*;
use crate::model::meetings::{MeetingForm, MeetingsShown};
use crate::ui::components::choice_field::SelectField;
use crate::ui::components::field::Field;
use crate::ui::components::form_state::{form_errors, form_failure, FailureAlert};
use crate::ui::components::version_field::VersionField;
use crate::ui::pages::directory::{id_param, LoadFailed};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// `/meetings/new?committee=ID[&group=ID]`; without a committee, the choice of one.
#[component]
pub fn NewMeetingPage() -> impl IntoView {
    let query = use_query_map();
    let read = move |key: &str| query.read().get(key).and_then(|v| parse_number(&v));
    let raw_committee = move || query.read().get("committee").unwrap_or_default();
    let form = Resource::new(
        move || (read("committee"), read("group")),
        |(committee, group)| get_meeting_form(Some(committee.unwrap_or(-1)), None, group),
    );
    move || {
        if raw_committee().trim().is_empty() {
            view! { <ChooseCommittee /> }.into_any()
        } else {
            view! { <FormPage form back=None /> }.into_any()
        }
    }
}

/// The committees the caller may schedule meetings for, each leading to its form.
#[component]
fn ChooseCommittee() -> impl IntoView {
    let i18n = use_i18n();
    let choices = Resource::new(|| (), |_| list_meetings(None, MeetingsShown::Upcoming, 1));
    view! {
        <Title text=t_string!(i18n, meetings.schedule).to_string() />
        <Transition fallback=|| ()>
            {move || choices.get().map(|result| match result {
                Err(error) => view! { <LoadFailed error /> }.into_any(),
                Ok(o) if o.schedulable.is_empty() => view! {
                    <LoadFailed error=crate::api::AppError::Forbidden />
                    <p class="hint">{t!(i18n, meetings.none_schedulable)}</p>
                }.into_any(),
                Ok(o) => view! {
                    <h1>{t!(i18n, meetings.schedule)}</h1>
                    <p class="hint">{t!(i18n, meetings.choose_committee)}</p>
                    <ul class="cards plain">
                        {o.schedulable.into_iter().map(|c| view! {
                            <li class="card">
                                <a href=format!("/meetings/new?committee={}", c.id) dir="auto">{c.name}</a>
                            </li>
                        }).collect_view()}
                    </ul>
                }.into_any(),
            })}
        </Transition>
    }
}

/// `/meetings/{id}/edit`
#[component]
pub fn EditMeetingPage() -> impl IntoView {
    let id = id_param();
    let form = Resource::new(id, |id| get_meeting_form(None, Some(id), None));
    // A published meeting is not edited: the refusal leads back to it.
    view! { <FormPage form back=Some(format!("/meetings/{}", id())) /> }
}

#[component]
fn FormPage(
    form: Resource<Result<MeetingForm, crate::api::AppError>>,
    back: Option<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Title text=t_string!(i18n, meetings.schedule).to_string() />
        <Transition fallback=|| ()>
            {move || form.get().map(|result| match result {
                Err(error) => view! { <LoadFailed error back=back.clone() /> }.into_any(),
                Ok(form) => view! { <MeetingFormView form /> }.into_any(),
            })}
        </Transition>
    }
}

#[component]
fn MeetingFormView(form: MeetingForm) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<SaveMeeting>::new();
    let errors = form_errors(action.value());
    let failure = form_failure(action.value());
    let MeetingForm {
        committee_id,
        committee,
        groups,
        chosen_group,
        meeting,
    } = form;
    let heading = if meeting.is_some() {
        t_string!(i18n, meetings.edit)
    } else {
        t_string!(i18n, meetings.schedule)
    };
    let group = chosen_group
        .or(groups.first().map(|(id, _)| *id))
        .map(|id| id.to_string());
    let groups = groups
        .into_iter()
        .map(|(id, name)| (id.to_string(), name))
        .collect::<Vec<_>>();
    let preset = |f: fn(&crate::model::meetings::MeetingDraft) -> String| meeting.as_ref().map(f);
    let (title, held_on, starts_at) = (
        preset(|m| m.title.clone()),
        preset(|m| m.held_on.clone()),
        preset(|m| m.starts_at.clone()),
    );
    let (place, link) = (
        preset(|m| m.place.clone()),
        preset(|m| m.online_link.clone()),
    );
    let quorum = preset(|m| m.quorum_percent.clone()).or(Some(DEFAULT_QUORUM_PERCENT.to_string()));
    let id = meeting.as_ref().map(|m| m.id);
    let version = meeting.as_ref().map(|m| m.version);
    let no_groups = groups.is_empty();
    view! {
        <nav class="crumbs" aria-label=move || t_string!(i18n, directory.breadcrumbs)>
            <a href="/committees">{t!(i18n, nav.committees)}</a>
            <a href=format!("/committees/{committee_id}")>{committee}</a>
            {id.map(|id| view! { <a href=format!("/meetings/{id}")>{title.clone()}</a> })}
        </nav>
        <section class="panel narrow">
            <h1>{heading}</h1>
            {no_groups.then(|| view! { <p class="alert" role="alert">{t!(i18n, meetings.no_groups)}</p> })}
            <FailureAlert failure />
            <ActionForm action attr:novalidate=true>
                <input type="hidden" name="committee_id" value=committee_id />
                {id.map(|id| view! { <input type="hidden" name="id" value=id /> })}
                {version.map(|version| view! { <VersionField version errors /> })}
                <Field name="title" required=true preset=title.clone() errors>{t!(i18n, meetings.title)}</Field>
                <SelectField name="working_group_id" options=groups selected=group.unwrap_or_default() required=true errors>
                    {t!(i18n, meetings.working_group)}
                </SelectField>
                <Field name="held_on" dir="ltr" required=true preset=held_on hint=t!(i18n, directory.date_hint).into_any() errors>{t!(i18n, meetings.day)}</Field>
                <Field name="starts_at" dir="ltr" required=true preset=starts_at hint=t!(i18n, meetings.time_hint).into_any() errors>{t!(i18n, meetings.time)}</Field>
                <Field name="place" preset=place hint=t!(i18n, meetings.place_hint).into_any() errors>{t!(i18n, meetings.place)}</Field>
                <Field name="online_link" kind="url" dir="ltr" preset=link errors>{t!(i18n, meetings.online_link)}</Field>
                <Field name="quorum_percent" dir="ltr" preset=quorum hint=t!(i18n, meetings.quorum_hint).into_any() errors>{t!(i18n, meetings.quorum_percent)}</Field>
                <button type="submit" class="button" disabled=move || action.pending().get() || no_groups>{t!(i18n, meetings.save)}</button>
            </ActionForm>
        </section>
    }
}
