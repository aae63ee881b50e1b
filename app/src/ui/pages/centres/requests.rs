use crate::api::centres::{AddCentreRequest, CloseCentreRequest};
use crate::domain::availability::Week;
use crate::i18n::*;
use crate::model::centres::RequestView;
use crate::model::volunteers::RoleName;
use crate::ui::components::availability_grid::{AvailabilityGrid, WeekSummary};
use crate::ui::components::choice_field::SelectField;
use crate::ui::components::field::Field;
use crate::ui::components::form_state::{form_errors, form_failure, FailureAlert};
use crate::ui::components::{format, volunteer_labels};
use leptos::prelude::*;

/// One request: role, places left, when, from/until; with `manage`, the way to close it.
#[component]
pub fn RequestLine(request: RequestView, #[prop(optional)] manage: bool) -> impl IntoView {
    let i18n = use_i18n();
    let r = request;
    let left = if r.places_left > 0 {
        t_string!(
            i18n,
            centres.places_left,
            left = format::number(r.places_left),
            places = format::number(r.places)
        )
        .to_string()
    } else {
        t_string!(i18n, centres.full).to_string()
    };
    let badge_class = if r.places_left > 0 {
        "badge ok"
    } else {
        "badge"
    };
    let until = r
        .ends_on
        .as_deref()
        .map(format::day)
        .unwrap_or_else(|| t_string!(i18n, centres.open_ended).to_string());
    view! {
        <div class="request">
            <p>
                <strong>{volunteer_labels::role(&r.role)}</strong> " "
                {if r.closed {
                    view! { <span class="badge">{t!(i18n, centres.closed)}</span> }.into_any()
                } else {
                    view! { <span class=badge_class>{left}</span> }.into_any()
                }}
            </p>
            <p class="small">{t!(i18n, centres.from)} " " {format::day(&r.starts_on)} " " {t!(i18n, centres.until)} " " {until}</p>
            {if r.needed.is_empty() {
                view! { <p class="small">{t!(i18n, centres.any_time)}</p> }.into_any()
            } else {
                view! { <WeekSummary week=r.needed /> }.into_any()
            }}
            {(!r.note.is_empty()).then(|| view! { <p class="small" dir="auto">{r.note.clone()}</p> })}
            {(manage && !r.closed).then(|| view! { <CloseRequest id=r.id /> })}
        </div>
    }
}

#[component]
fn CloseRequest(id: i64) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<CloseCentreRequest>::new();
    view! {
        <details>
            <summary>{t!(i18n, centres.close)}</summary>
            <p class="hint">{t!(i18n, centres.close_confirm)}</p>
            <ActionForm action>
                <input type="hidden" name="id" value=id />
                <button type="submit" class="button danger small">{t!(i18n, centres.close)}</button>
            </ActionForm>
        </details>
    }
}

/// A new request: role, how many, when in the week, from/until, a note.
#[component]
pub fn RequestForm(centre_id: i64, roles: Vec<RoleName>) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<AddCentreRequest>::new();
    let errors = form_errors(action.value());
    let failure = form_failure(action.value());
    let options: Vec<(String, String)> =
        std::iter::once((String::new(), t_string!(i18n, centres.choose).to_string()))
            .chain(
                roles
                    .iter()
                    .map(|r| (r.id.to_string(), volunteer_labels::role(r))),
            )
            .collect();
    view! {
        <section class="panel" aria-labelledby="new-request-h">
            <h2 id="new-request-h">{t!(i18n, centres.add_request)}</h2>
            <FailureAlert failure />
            <ActionForm action attr:novalidate=true>
                <input type="hidden" name="centre_id" value=centre_id />
                <SelectField name="role" options required=true errors>{t!(i18n, centres.role)}</SelectField>
                <Field name="places" dir="ltr" required=true errors>{t!(i18n, centres.places)}</Field>
                <RequestWeek errors />
                <Field name="starts_on" dir="ltr" required=true hint=t!(i18n, centres.date_hint).into_any() errors>{t!(i18n, centres.from)}</Field>
                <Field name="ends_on" dir="ltr" hint=t!(i18n, centres.date_hint).into_any() errors>{t!(i18n, centres.until)}</Field>
                <Field name="note" errors>{t!(i18n, centres.note)}</Field>
                <button type="submit" class="button">{t!(i18n, centres.publish)}</button>
            </ActionForm>
        </section>
    }
}

/// The week grid, sent as `needed[]` for a request (the grid's own name is `availability`).
#[component]
fn RequestWeek(errors: Signal<crate::domain::validation::FormErrors>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <AvailabilityGrid chosen=Week::EMPTY errors field="needed" hint=t!(i18n, centres.needed_hint).into_any()>
            {t!(i18n, centres.needed)}
        </AvailabilityGrid>
    }
}
