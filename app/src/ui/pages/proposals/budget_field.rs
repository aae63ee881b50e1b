use crate::domain::money::optional_rials;
use crate::domain::validation::FormErrors;
use crate::i18n::*;
use crate::ui::components::field_issue::IssueText;
use crate::ui::components::format;
use leptos::prelude::*;

/// The budget in Rials. As the person types, the same rule the server applies reads the
/// amount and shows it grouped and in Toman, or says what is wrong, beside the field.
#[component]
pub fn BudgetField(preset: Option<String>, errors: Signal<FormErrors>) -> impl IntoView {
    let i18n = use_i18n();
    let start = errors
        .with_untracked(|e| e.kept("budget_rials").map(str::to_string))
        .or(preset)
        .unwrap_or_default();
    let typed = RwSignal::new(start.clone());
    let server_issue = move || errors.get().get("budget_rials");
    let reading = move || optional_rials(&typed.get());
    let issue = move || match reading() {
        Err(issue) => Some(issue),
        Ok(_) => server_issue(),
    };
    view! {
        <div class="field" class:invalid=move || issue().is_some()>
            <label for="field-budget_rials">{t!(i18n, proposals.budget)}</label>
            <p class="hint" id="field-budget_rials-hint">{t!(i18n, proposals.budget_hint)}</p>
            <input
                id="field-budget_rials"
                name="budget_rials"
                inputmode="numeric"
                dir="ltr"
                value=start
                on:input=move |ev| typed.set(event_target_value(&ev))
                aria-invalid=move || issue().is_some().then_some("true")
                aria-describedby=move || {
                    if issue().is_some() {
                        "field-budget_rials-hint field-budget_rials-error"
                    } else {
                        "field-budget_rials-hint field-budget_rials-reading"
                    }
                }
            />
            <p class="hint" id="field-budget_rials-reading" aria-live="polite">
                {move || reading().ok().flatten().map(format::rials)}
            </p>
            <p class="error" id="field-budget_rials-error" hidden=move || issue().is_none()>
                {move || issue().map(|issue| view! { <IssueText issue /> })}
            </p>
        </div>
    }
}
