//! The week as a table of checkboxes (days down, parts of the day across), sent as repeated
//! `availability[]` values ("day-part"); or, read-only, as marks.
use super::volunteer_labels::{day, part};
use crate::domain::availability::{cell_value, Week, DAYS, PARTS};
use crate::domain::validation::FormErrors;
use crate::i18n::*;
use crate::ui::components::field_issue::IssueText;
use leptos::prelude::*;

/// The grid to tick. What was ticked comes back from the server's echo after a failed
/// submission (comma-separated values), else `chosen`.
#[component]
pub fn AvailabilityGrid(
    chosen: Week,
    /// The form field (`availability` for a volunteer, `needed` for a request).
    #[prop(default = "availability")]
    field: &'static str,
    #[prop(optional)] hint: Option<AnyView>,
    errors: Signal<FormErrors>,
    children: Children,
) -> impl IntoView {
    let i18n = use_i18n();
    let name = field;
    let issue = move || errors.get().get("availability");
    // The echo always names the week `availability` (a request's too).
    let week = errors
        .with_untracked(|e| {
            e.kept("availability")
                .map(|k| Week::from_values(k.split(',')))
        })
        .unwrap_or(chosen);
    let error_id = format!("field-{name}-error");
    let described = error_id.clone();
    view! {
        <fieldset
            id=format!("field-{name}")
            class="field week-grid"
            class:invalid=move || issue().is_some()
            aria-describedby=move || issue().is_some().then(|| described.clone())
        >
            <legend>{children()}</legend>
            {hint.map(|hint| view! { <p class="hint">{hint}</p> })}
            <table>
                <thead>
                    <tr>
                        <th scope="col">{t!(i18n, volunteers.day)}</th>
                        {(0..PARTS).map(|p| view! { <th scope="col">{part(p)}</th> }).collect_view()}
                    </tr>
                </thead>
                <tbody>
                    {(0..DAYS).map(|d| view! {
                        <tr>
                            <th scope="row" id=format!("day-{d}")>{day(d)}</th>
                            {(0..PARTS).map(|p| {
                                let value = cell_value(d, p);
                                let id = format!("{name}-{value}");
                                view! {
                                    <td>
                                        <input
                                            type="checkbox"
                                            id=id
                                            name=format!("{name}[]")
                                            value=value
                                            checked=week.has(d, p)
                                            aria-label=format!("{} {}", day(d), part(p))
                                        />
                                    </td>
                                }
                            }).collect_view()}
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
            <p class="error" id=error_id hidden=move || issue().is_none()>
                {move || issue().map(|issue| view! { <IssueText issue /> })}
            </p>
        </fieldset>
    }
}

/// The week read-only: the parts of each day that are marked, days with none left out.
#[component]
pub fn WeekSummary(week: Week) -> impl IntoView {
    view! {
        <ul class="plain week-summary">
            {(0..DAYS)
                .filter(|d| (0..PARTS).any(|p| week.has(*d, p)))
                .map(|d| {
                    let parts: Vec<String> = (0..PARTS).filter(|p| week.has(d, *p)).map(part).collect();
                    view! { <li><strong>{day(d)}</strong>": "{super::format::list(parts)}</li> }
                })
                .collect_view()}
        </ul>
    }
}
