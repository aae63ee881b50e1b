use crate::api::actions::CloseAction;
use crate::i18n::*;
use crate::model::actions::TargetView;
use crate::ui::components::choice_field::TextAreaField;
use crate::ui::components::field::Field;
use crate::ui::components::field_issue::IssueText;
use crate::ui::components::form_state::{form_errors, form_failure, FailureAlert};
use crate::ui::components::{action_labels, format};
use leptos::prelude::*;

/// Closing: what was achieved for each target, how many came and an account of it.
#[component]
pub fn CloseForm(id: i64, targets: Vec<TargetView>) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<CloseAction>::new();
    let errors = form_errors(action.value());
    let failure = form_failure(action.value());
    let kept: Vec<String> = errors
        .with_untracked(|e| {
            e.kept("achieved")
                .map(|k| k.split('\u{1f}').map(str::to_string).collect())
        })
        .unwrap_or_default();
    view! {
        <section class="panel" aria-labelledby="close-h">
            <h2 id="close-h">{t!(i18n, actions.close_heading)}</h2>
            <p class="hint">{t!(i18n, actions.close_hint)}</p>
            <FailureAlert failure />
            <ActionForm action attr:novalidate=true attr:aria-labelledby="close-h">
                <input type="hidden" name="id" value=id />
                {targets.into_iter().enumerate().map(|(i, t)| {
                    let field = format!("achieved_{}", t.id);
                    let input_id = format!("field-achieved-{}", t.id);
                    let error_id = format!("{input_id}-error");
                    let described = error_id.clone();
                    let issue = Memo::new(move |_| errors.get().get(&field));
                    let label = if t.label.is_empty() {
                        action_labels::measure(t.measure)
                    } else {
                        format!("{} \u{2014} {}", action_labels::measure(t.measure), t.label)
                    };
                    let target = action_labels::amount(t.measure, t.target);
                    view! {
                        <div class="field" class:invalid=move || issue.get().is_some()>
                            <input type="hidden" name="target_ids[]" value=t.id />
                            <label for=input_id.clone()>
                                {label} " " <span class="muted">{t!(i18n, actions.target_was, n = target.clone())}</span>
                            </label>
                            <input type="text" inputmode="numeric" id=input_id name="achieved[]"
                                value=kept.get(i).cloned().unwrap_or_default()
                                aria-invalid=move || issue.get().is_some().then_some("true")
                                aria-describedby=move || issue.get().is_some().then(|| described.clone()) />
                            <p class="error" id=error_id hidden=move || issue.get().is_none()>
                                {move || issue.get().map(|issue| view! { <IssueText issue /> })}
                            </p>
                        </div>
                    }
                }).collect_view()}
                <Field name="attendance" required=true errors>{t!(i18n, actions.attendance)}</Field>
                <TextAreaField name="account" rows=6 hint=t!(i18n, actions.account_hint, n = format::number(crate::domain::action_rules::ACCOUNT_MIN as i64)).into_any() errors>{t!(i18n, actions.account)}</TextAreaField>
                <button type="submit" class="button">{t!(i18n, actions.close)}</button>
            </ActionForm>
        </section>
    }
}
