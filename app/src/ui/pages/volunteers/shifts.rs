use crate::domain::shift_rules::SignupState;
use crate::i18n::*;
use crate::model::shifts::MyShift;
use crate::ui::components::format;
use leptos::prelude::*;

/// The volunteer's shifts, the latest first: where, when, their seat, and whether a seat
/// still waits for their confirmation (they confirm on the shift itself).
#[component]
pub fn MyShifts(list: Vec<MyShift>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="panel" aria-labelledby="shifts-h">
            <h2 id="shifts-h">{t!(i18n, shifts.mine)}</h2>
            {if list.is_empty() {
                view! {
                    <p class="muted">{t!(i18n, shifts.none_mine)} " "
                    <a href="/opportunities">{t!(i18n, shifts.find)}</a></p>
                }.into_any()
            } else {
                view! {
                    <ul class="plain list">
                        {list.into_iter().map(|s| view! { <li><ShiftLine s /></li> }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}

#[component]
fn ShiftLine(s: MyShift) -> impl IntoView {
    let i18n = use_i18n();
    let state = if s.cancelled {
        t_string!(i18n, shifts.cancelled).to_string()
    } else {
        match s.seat.state {
            SignupState::Booked if s.seat.attended == Some(true) => {
                t_string!(i18n, shifts.came).to_string()
            }
            SignupState::Booked if s.seat.attended == Some(false) => {
                t_string!(i18n, shifts.absent).to_string()
            }
            SignupState::Booked if s.seat.confirmed => {
                t_string!(i18n, shifts.confirmed).to_string()
            }
            SignupState::Booked => t_string!(i18n, shifts.unconfirmed).to_string(),
            SignupState::Waiting => t_string!(i18n, shifts.on_waiting_list).to_string(),
            SignupState::Freed => t_string!(i18n, shifts.freed).to_string(),
            SignupState::Cancelled => t_string!(i18n, shifts.seat_cancelled).to_string(),
        }
    };
    view! {
        <a href=format!("/opportunities/{}#shift-{}", s.opportunity.id, s.shift_id) dir="auto">{s.opportunity.name.clone()}</a>
        " · " <span dir="auto">{s.centre.name.clone()}</span> " · " {format::day(&s.day)} " "
        <span dir="ltr">{format::digits(&s.starts)} "–" {format::digits(&s.ends)}</span> " "
        <span class="badge">{state}</span>
        {s.seat.may_confirm.then(|| view! { " " <strong>{t!(i18n, shifts.please_confirm)}</strong> })}
    }
}
