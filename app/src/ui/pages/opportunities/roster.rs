use crate::api::shifts::{CancelShift, RecordShiftAttendance};
use crate::domain::shift_rules::SignupState;
use crate::i18n::*;
use crate::model::shifts::ShiftView;
use crate::ui::components::form_state::{form_errors, form_failure, FailureAlert};
use crate::ui::components::format;
use crate::ui::components::reason_field::{echoed_for, ReasonField};
use leptos::prelude::*;

/// For those who run the centre: who has a seat (with their mobile) and who waits, the
/// attendance form once the shift started, and cancelling it before.
#[component]
pub fn ShiftRoster(shift: ShiftView) -> impl IntoView {
    let i18n = use_i18n();
    let id = shift.id;
    let (booked, waiting): (Vec<_>, Vec<_>) = shift
        .signups
        .iter()
        .cloned()
        .partition(|g| g.state == SignupState::Booked);
    view! {
        <div class="shift-roster">
            {if booked.is_empty() && waiting.is_empty() {
                view! { <p class="muted small">{t!(i18n, shifts.nobody_yet)}</p> }.into_any()
            } else {
                view! {
                    <ul class="plain list small">
                        {booked.iter().map(|g| view! {
                            <li>
                                <span dir="auto">{g.volunteer.name.clone()}</span>
                                {g.mobile.clone().map(|m| view! { " · " <a href=format!("tel:{m}") dir="ltr">{format::digits(&m)}</a> })}
                                " " <span class="badge">{match g.attended {
                                    Some(true) => t_string!(i18n, shifts.came),
                                    Some(false) => t_string!(i18n, shifts.absent),
                                    None if g.confirmed => t_string!(i18n, shifts.confirmed),
                                    None => t_string!(i18n, shifts.unconfirmed),
                                }}</span>
                            </li>
                        }).collect_view()}
                        {waiting.iter().enumerate().map(|(n, g)| view! {
                            <li>
                                <span dir="auto">{g.volunteer.name.clone()}</span> " "
                                <span class="badge">{t!(i18n, shifts.waiting_number, n = format::number(n as i64 + 1))}</span>
                            </li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
            {(shift.attendance_open && !booked.is_empty()).then(|| view! { <Attendance id booked=booked.clone() /> })}
            {(!shift.past && !shift.cancelled).then(|| view! { <CancelShiftForm id /> })}
        </div>
    }
}

#[component]
fn Attendance(id: i64, booked: Vec<crate::model::shifts::SignupView>) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<RecordShiftAttendance>::new();
    let failure = form_failure(action.value());
    let legend = format!("attendance-{id}-h");
    view! {
        <FailureAlert failure />
        <ActionForm action attr:class="attendance">
            <input type="hidden" name="shift_id" value=id />
            <fieldset>
                <legend id=legend>{t!(i18n, shifts.attendance)}</legend>
                <p class="hint">{t!(i18n, shifts.attendance_hint)}</p>
                {booked.into_iter().map(|g| {
                    let input = format!("came-{}", g.id);
                    view! {
                        <div class="check">
                            <input type="checkbox" id=input.clone() name="came[]" value=g.id checked=true />
                            <label for=input dir="auto">{g.volunteer.name.clone()}</label>
                        </div>
                    }
                }).collect_view()}
            </fieldset>
            <button type="submit" class="button small">{t!(i18n, shifts.record_attendance)}</button>
        </ActionForm>
    }
}

#[component]
fn CancelShiftForm(id: i64) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<CancelShift>::new();
    let errors = form_errors(action.value());
    view! {
        <details open=echoed_for(errors, id)>
            <summary>{t!(i18n, shifts.cancel_shift)}</summary>
            <p class="hint">{t!(i18n, shifts.cancel_shift_hint)}</p>
            <ActionForm action attr:novalidate=true>
                <input type="hidden" name="shift_id" value=id />
                <ReasonField prefix="cancel-shift" object_id=id errors>{t!(i18n, shifts.cancel_reason)}</ReasonField>
                <button type="submit" class="button danger small">{t!(i18n, shifts.cancel_shift)}</button>
            </ActionForm>
        </details>
    }
}
