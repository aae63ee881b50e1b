use super::own::OwnPage;
use super::service::ServiceSection;
use super::shifts::MyShifts;
use super::suggestions::PlacementList;
use crate::api::volunteers::MoveVolunteer;
use crate::domain::volunteer_rules::{SkillLevel, VolunteerState, FORMER_RECIPIENT};
use crate::i18n::*;
use crate::model::service::ServiceRecord;
use crate::model::volunteers::VolunteerView;
use crate::ui::components::availability_grid::WeekSummary;
use crate::ui::components::field::Field;
use crate::ui::components::form_state::{form_errors, form_failure, FailureAlert};
use crate::ui::components::{format, volunteer_labels};
use leptos::prelude::*;

/// `/volunteers/me`: the volunteer's own record: their state (and how long they have waited
/// for their intermediary), what they offer and when, their service, and the way to step back.
#[component]
pub fn MyVolunteerPage() -> impl IntoView {
    let i18n = use_i18n();
    let title = t_string!(i18n, volunteers.me).to_string();
    view! { <OwnPage title show=|v, record| view! { <Profile v record /> }.into_any() /> }
}

#[component]
fn Profile(v: VolunteerView, record: ServiceRecord) -> impl IntoView {
    let i18n = use_i18n();
    let roles = format::list(v.roles.iter().map(volunteer_labels::role));
    let skills = format::list(v.skills.iter().map(|(skill, level)| {
        let level = SkillLevel::parse(level)
            .map(volunteer_labels::level)
            .unwrap_or_default();
        format!("{skill} ({level})")
    }));
    let former = v.private_note.as_deref() == Some(FORMER_RECIPIENT);
    view! {
        <section class="panel">
            <h1 dir="auto">{t!(i18n, volunteers.me)}</h1>
            <dl class="facts">
                <dt>{t!(i18n, volunteers.full_name)}</dt><dd dir="auto">{v.name.clone()}</dd>
                <dt>{t!(i18n, volunteers.state)}</dt>
                <dd>
                    <span class="badge">{volunteer_labels::state(v.state)}</span>
                    {v.days_waiting.map(|days| view! { " " <span class="muted">{t!(i18n, volunteers.waiting_days, days = format::number(days))}</span> })}
                    {(!v.state_reason.is_empty()).then(|| view! { " · " <span dir="auto">{v.state_reason.clone()}</span> })}
                </dd>
                <dt>{t!(i18n, volunteers.intermediary)}</dt>
                <dd><a href=format!("/organisations/{}", v.intermediary.id)>{v.intermediary.name.clone()}</a></dd>
                {v.drive.clone().map(|drive| view! { <dt>{t!(i18n, volunteers.came_through)}</dt><dd dir="auto">{drive}</dd> })}
                <dt>{t!(i18n, volunteers.national_code)}</dt><dd dir="ltr">{format::digits(v.national_code.as_deref().unwrap_or_default())}</dd>
                <dt>{t!(i18n, volunteers.mobile)}</dt><dd dir="ltr">{format::digits(v.mobile.as_deref().unwrap_or_default())}</dd>
                <dt>{t!(i18n, volunteers.birth_year)}</dt><dd>{format::number(v.birth_year)}</dd>
                <dt>{t!(i18n, volunteers.neighbourhood)}</dt>
                <dd>{v.neighbourhood.clone().map(|n| n.name).unwrap_or_else(|| t_string!(i18n, volunteers.neighbourhood_none).to_string())}</dd>
                <dt>{t!(i18n, volunteers.roles)}</dt><dd>{roles}</dd>
                {(!v.skills.is_empty()).then(|| view! { <dt>{t!(i18n, volunteers.skills)}</dt><dd dir="auto">{skills.clone()}</dd> })}
                <dt>{t!(i18n, volunteers.availability)}</dt><dd><WeekSummary week=v.availability /></dd>
                {former.then(|| view! { <dt>{t!(i18n, volunteers.former_recipient_note)}</dt><dd>"✓"</dd> })}
                <dt>{t!(i18n, volunteers.applied_on)}</dt><dd>{format::date(v.applied_at)}</dd>
                <dt>{t!(i18n, volunteers.consent_on)}</dt><dd>{format::date(v.consent_at)}</dd>
            </dl>
            <p class="actions"><a class="button secondary" href="/volunteers/me/edit">{t!(i18n, volunteers.edit_offer)}</a></p>
        </section>
        {(!v.placements.is_empty()).then(|| view! {
            <section class="panel" aria-labelledby="placements-h">
                <h2 id="placements-h">{t!(i18n, centres.my_placements)}</h2>
                <PlacementList list=v.placements.clone() />
            </section>
        })}
        <MyShifts list=record.shifts.clone() />
        <ServiceSection record placements=v.placements.clone() />
        {(v.state != VolunteerState::Inactive).then(|| view! { <StepBack id=v.id version=v.version /> })}
    }
}

/// The volunteer stops for now, saying why; their intermediary can make them active again.
#[component]
fn StepBack(id: i64, version: i64) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<MoveVolunteer>::new();
    let errors = form_errors(action.value());
    let failure = form_failure(action.value());
    let open = errors.with_untracked(|e| !e.is_empty());
    view! {
        <section class="panel" aria-labelledby="step-back-h">
            <details open=open>
                <summary id="step-back-h">{t!(i18n, volunteers.step_back)}</summary>
                <p class="hint">{t!(i18n, volunteers.step_back_hint)}</p>
                <FailureAlert failure />
                <ActionForm action attr:novalidate=true>
                    <input type="hidden" name="id" value=id />
                    <input type="hidden" name="version" value=version />
                    <input type="hidden" name="step" value="deactivate" />
                    <Field name="reason" required=true errors>{t!(i18n, volunteers.reason)}</Field>
                    <button type="submit" class="button danger">{t!(i18n, volunteers.step_back)}</button>
                </ActionForm>
            </details>
        </section>
    }
}
