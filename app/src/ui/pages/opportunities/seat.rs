use crate::api::shifts::{CancelSeat, ConfirmSeat, SignUpShift};
use crate::domain::shift_rules::SignupState;
use crate::i18n::*;
use crate::model::shifts::{ShiftView, SignupStanding};
use crate::ui::components::field_issue::IssueText;
use crate::ui::components::form_state::form_errors;
use crate::ui::components::format;
use crate::ui::components::reason_field::echoed_for;
use leptos::prelude::*;

/// A volunteer's place in one shift: sign up (or join the waiting list), their seat or place
/// on the list, confirming and giving it up; or what they must do first to sign up (not told
/// to those who run the centre).
#[component]
pub fn Seat(shift: ShiftView, standing: SignupStanding, manage: bool) -> impl IntoView {
    let i18n = use_i18n();
    let sign_up = ServerAction::<SignUpShift>::new();
    let confirm = ServerAction::<ConfirmSeat>::new();
    let cancel = ServerAction::<CancelSeat>::new();
    let (e1, e2, e3) = (
        form_errors(sign_up.value()),
        form_errors(confirm.value()),
        form_errors(cancel.value()),
    );
    let id = shift.id;
    // Each of the page's shifts has these forms; a refusal shows on the shift it was about.
    let refusal = move || {
        [e1, e2, e3]
            .into_iter()
            .find_map(|e| e.get().get("shift").filter(|_| echoed_for(e, id)))
    };
    let full = shift.booked >= shift.slots;
    let mine = shift.mine.clone();
    let active = mine
        .as_ref()
        .is_some_and(|m| matches!(m.state, SignupState::Booked | SignupState::Waiting));
    let status = mine.clone().map(|m| match m.state {
        SignupState::Booked if m.attended == Some(true) => {
            t_string!(i18n, shifts.you_came).to_string()
        }
        SignupState::Booked if m.confirmed => t_string!(i18n, shifts.seat_confirmed).to_string(),
        SignupState::Booked => t_string!(i18n, shifts.seat_unconfirmed).to_string(),
        SignupState::Waiting => t_string!(
            i18n,
            shifts.waiting_place,
            n = format::number(m.position.unwrap_or(1))
        )
        .to_string(),
        SignupState::Freed => t_string!(i18n, shifts.seat_freed).to_string(),
        SignupState::Cancelled => t_string!(i18n, shifts.seat_cancelled).to_string(),
    });
    let may_confirm = mine.as_ref().is_some_and(|m| m.may_confirm);
    let may_cancel = active && !shift.past && !shift.cancelled;
    let before = !shift.past && !shift.cancelled;
    view! {
        <div class="seat">
            {status.map(|s| view! { <p class="notice" role="status">{s}</p> })}
            {may_confirm.then(|| view! {
                <ActionForm action=confirm attr:class="inline">
                    <input type="hidden" name="shift_id" value=id />
                    <button type="submit" class="button small">{t!(i18n, shifts.confirm)}</button>
                </ActionForm>
            })}
            {shift.open.then(|| view! {
                <ActionForm action=sign_up attr:class="inline">
                    <input type="hidden" name="shift_id" value=id />
                    <button type="submit" class="button small">
                        {if full { t_string!(i18n, shifts.join_waiting) } else { t_string!(i18n, shifts.sign_up) }}
                    </button>
                </ActionForm>
            })}
            {may_cancel.then(|| view! {
                <details>
                    <summary>{t!(i18n, shifts.give_up)}</summary>
                    <p class="hint">{t!(i18n, shifts.give_up_confirm)}</p>
                    <ActionForm action=cancel>
                        <input type="hidden" name="shift_id" value=id />
                        <button type="submit" class="button danger small">{t!(i18n, shifts.give_up)}</button>
                    </ActionForm>
                </details>
            })}
            {(before && mine.is_none() && !manage).then(|| match standing {
                SignupStanding::Visitor => view! {
                    <p class="small"><a href="/login">{t!(i18n, shifts.sign_in_to_sign_up)}</a></p>
                }.into_any(),
                SignupStanding::NoProfile => view! {
                    <p class="small"><a href="/volunteers/register">{t!(i18n, shifts.register_to_sign_up)}</a></p>
                }.into_any(),
                SignupStanding::NotActive => view! {
                    <p class="small muted">{t!(i18n, shifts.not_active)}</p>
                }.into_any(),
                SignupStanding::Active => ().into_any(),
            })}
            <p class="error" role="alert" hidden=move || refusal().is_none()>
                {move || refusal().map(|issue| view! { <IssueText issue /> })}
            </p>
        </div>
    }
}
