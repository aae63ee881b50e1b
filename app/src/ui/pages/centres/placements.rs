use crate::api::centres::AnswerPlacement;
use crate::domain::centre_rules::PlacementState;
use crate::i18n::*;
use crate::model::centres::PlacementView;
use crate::ui::components::form_state::{form_errors, form_failure, FailureAlert};
use crate::ui::components::reason_field::{echoed_for, ReasonField};
use crate::ui::components::{format, volunteer_labels};
use leptos::prelude::*;

/// The volunteers proposed to a centre (to accept, or decline with a reason, by their day) and
/// those placed there, with their mobile once accepted. Only the centre itself (`decide`)
/// answers.
#[component]
pub fn Placements(list: Vec<PlacementView>, decide: bool) -> impl IntoView {
    let i18n = use_i18n();
    let failure = form_failure(ServerAction::<AnswerPlacement>::new().value());
    // The centre itself sees its volunteers' numbers, and may take them away as a list.
    let exports = list.iter().any(|p| p.mobile.is_some());
    view! {
        <section class="panel" aria-labelledby="placements-h">
            <h2 id="placements-h">{t!(i18n, centres.placements)}</h2>
            <FailureAlert failure />
            {exports.then(|| view! {
                <p class="actions">
                    <a class="button secondary small" href="/export/volunteers.xlsx" download>{t!(i18n, directory.export_xlsx)}</a> " "
                    <a class="button secondary small" href="/export/volunteers.csv" download>{t!(i18n, directory.export_csv)}</a>
                </p>
            })}
            {if list.is_empty() {
                view! { <p class="muted">{t!(i18n, centres.no_placements)}</p> }.into_any()
            } else {
                view! {
                    <ul class="cards plain">
                        {list.into_iter().map(|p| view! { <PlacementCard p decide /> }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}

#[component]
fn PlacementCard(p: PlacementView, decide: bool) -> impl IntoView {
    let i18n = use_i18n();
    let waiting = p.state == PlacementState::Proposed;
    view! {
        <li class="card" id=format!("placement-{}", p.id) data-volunteer=p.volunteer.id>
            <h3 dir="auto">{p.volunteer.name.clone()}</h3>
            <p class="small">
                <span class="badge">{volunteer_labels::placement_state(p.state)}</span> " "
                {volunteer_labels::role(&p.role)}
                {waiting.then(|| view! { " · " {t!(i18n, centres.answer_by, date = format::date(p.answer_by))} })}
            </p>
            {p.mobile.clone().map(|m| view! { <p class="small"><a href=format!("tel:{m}") dir="ltr">{format::digits(&m)}</a></p> })}
            {(!p.reason.is_empty()).then(|| view! { <p class="small" dir="auto">{p.reason.clone()}</p> })}
            {(waiting && decide).then(|| view! { <Answer id=p.id /> })}
        </li>
    }
}

#[component]
fn Answer(id: i64) -> impl IntoView {
    let i18n = use_i18n();
    let accept = ServerAction::<AnswerPlacement>::new();
    let decline = ServerAction::<AnswerPlacement>::new();
    let errors = form_errors(decline.value());
    let echoed = echoed_for(errors, id);
    view! {
        <div class="actions">
            <ActionForm action=accept attr:class="inline">
                <input type="hidden" name="id" value=id />
                <input type="hidden" name="decision" value="accept" />
                <button type="submit" class="button small">{t!(i18n, centres.accept)}</button>
            </ActionForm>
            <details open=echoed>
                <summary>{t!(i18n, centres.decline)}</summary>
                <ActionForm action=decline attr:novalidate=true>
                    <input type="hidden" name="id" value=id />
                    <input type="hidden" name="decision" value="decline" />
                    <ReasonField prefix="decline" object_id=id errors>{t!(i18n, centres.decline_reason)}</ReasonField>
                    <button type="submit" class="button danger small">{t!(i18n, centres.decline)}</button>
                </ActionForm>
            </details>
        </div>
    }
}
