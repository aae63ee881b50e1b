use super::roster::ShiftRoster;
use super::seat::Seat;
use crate::i18n::*;
use crate::model::shifts::{ShiftView, SignupStanding};
use crate::ui::components::format;
use leptos::prelude::*;

/// One shift: its day and hours, seats taken and the waiting list; the volunteer's place in
/// it; for those who run the centre, who comes.
#[component]
pub fn ShiftCard(shift: ShiftView, standing: SignupStanding, manage: bool) -> impl IntoView {
    let i18n = use_i18n();
    let left = (shift.slots - shift.booked).max(0);
    view! {
        <li class="card" id=format!("shift-{}", shift.id)>
            <h3>
                {format::day(&shift.day)} " · "
                <span dir="ltr">{format::digits(&shift.starts)} "–" {format::digits(&shift.ends)}</span>
            </h3>
            {if shift.cancelled {
                view! {
                    <p><span class="badge danger">{t!(i18n, shifts.cancelled)}</span> " "
                    <span dir="auto">{shift.cancel_reason.clone()}</span></p>
                }.into_any()
            } else {
                view! {
                    <p class="small">
                        {t!(i18n, shifts.seats_taken, booked = format::number(shift.booked), slots = format::number(shift.slots))}
                        {(left == 0 && !shift.past).then(|| view! { " · " <strong>{t!(i18n, shifts.full)}</strong> })}
                        {(shift.waiting > 0).then(|| view! { " · " {t!(i18n, shifts.waiting_count, n = format::number(shift.waiting))} })}
                        {shift.past.then(|| view! { " · " <span class="badge">{t!(i18n, shifts.past)}</span> })}
                        {shift.attendance_recorded.then(|| view! { " · " <span class="badge">{t!(i18n, shifts.attendance_done)}</span> })}
                    </p>
                }.into_any()
            }}
            <Seat shift=shift.clone() standing manage />
            {manage.then(|| view! { <ShiftRoster shift=shift.clone() /> })}
        </li>
    }
}
