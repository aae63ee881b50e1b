use crate::api::shifts::AddShift;
use crate::i18n::*;
use crate::ui::components::field::Field;
use crate::ui::components::form_state::{form_errors, form_failure, FailureAlert};
use leptos::prelude::*;

/// A new shift: its day, from and until, and how many seats.
#[component]
pub fn ShiftForm(opportunity_id: i64) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<AddShift>::new();
    let errors = form_errors(action.value());
    let failure = form_failure(action.value());
    view! {
        <section class="panel" aria-labelledby="shift-form-h">
            <h2 id="shift-form-h">{t!(i18n, shifts.add_shift)}</h2>
            <p class="hint">{t!(i18n, shifts.add_shift_hint)}</p>
            <FailureAlert failure />
            <ActionForm action attr:novalidate=true>
                <input type="hidden" name="opportunity_id" value=opportunity_id />
                <Field name="day" dir="ltr" required=true hint=t!(i18n, centres.date_hint).into_any() errors>{t!(i18n, shifts.day)}</Field>
                <div class="row-fields">
                    <Field name="starts" dir="ltr" required=true hint=t!(i18n, shifts.time_hint).into_any() errors>{t!(i18n, shifts.starts)}</Field>
                    <Field name="ends" dir="ltr" required=true hint=t!(i18n, shifts.time_hint).into_any() errors>{t!(i18n, shifts.ends)}</Field>
                    <Field name="slots" dir="ltr" required=true errors>{t!(i18n, shifts.slots)}</Field>
                </div>
                <button type="submit" class="button">{t!(i18n, shifts.add_shift)}</button>
            </ActionForm>
        </section>
    }
}
