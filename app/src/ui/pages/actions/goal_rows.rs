use crate::domain::action_rules::{Measure, GOAL_ROWS};
use crate::domain::validation::FormErrors;
use crate::i18n::*;
use crate::ui::components::action_labels;
use crate::ui::components::field_issue::IssueText;
use leptos::prelude::*;

/// The goals' rows: what is counted, the number aimed at and an optional label; rows left
/// without a number are ignored, and publishing without any is refused beside the group.
#[component]
pub fn GoalRows(errors: Signal<FormErrors>) -> impl IntoView {
    let i18n = use_i18n();
    let issue = move || errors.get().get("goals");
    let kept = |field: &str, separator: char| -> Vec<String> {
        errors
            .with_untracked(|e| {
                e.kept(field)
                    .map(|k| k.split(separator).map(str::to_string).collect())
            })
            .unwrap_or_default()
    };
    let measures = kept("goal_measures", ',');
    let targets = kept("goal_targets", '\u{1f}');
    let labels = kept("goal_labels", '\u{1f}');
    let defaults = [
        Measure::Participants,
        Measure::Households,
        Measure::Referrals,
        Measure::Funds,
        Measure::Other,
    ];
    view! {
        <fieldset id="field-goals" class="field" class:invalid=move || issue().is_some()
            aria-describedby=move || if issue().is_some() { "field-goals-hint field-goals-error" } else { "field-goals-hint" }>
            <legend>{t!(i18n, actions.goals)}</legend>
            <p class="hint" id="field-goals-hint">{t!(i18n, actions.goals_hint)}</p>
            {(0..GOAL_ROWS).map(|row| {
                let measure = measures.get(row).cloned().unwrap_or_else(|| defaults[row % defaults.len()].as_str().to_string());
                let target = targets.get(row).cloned().unwrap_or_default();
                let label = labels.get(row).cloned().unwrap_or_default();
                view! {
                    <div class="goal-row">
                        <div class="goal-part">
                        <label for=format!("goal-measure-{row}")>{t!(i18n, actions.measure)}</label>
                        <select id=format!("goal-measure-{row}") name="goal_measures[]">
                            {Measure::ALL.iter().map(|m| {
                                let chosen = m.as_str() == measure;
                                view! { <option value=m.as_str() selected=chosen>{action_labels::measure(*m)}</option> }
                            }).collect_view()}
                        </select>
                        </div>
                        <div class="goal-part">
                        <label for=format!("goal-target-{row}")>{t!(i18n, actions.target)}</label>
                        <input type="text" inputmode="numeric" size="10" id=format!("goal-target-{row}") name="goal_targets[]" value=target />
                        </div>
                        <div class="goal-part wide">
                        <label for=format!("goal-label-{row}")>{t!(i18n, actions.goal_label)}</label>
                        <input type="text" id=format!("goal-label-{row}") name="goal_labels[]" value=label dir="auto" />
                        </div>
                    </div>
                }
            }).collect_view()}
            <p class="error" id="field-goals-error" hidden=move || issue().is_none()>
                {move || issue().map(|issue| view! { <IssueText issue /> })}
            </p>
        </fieldset>
    }
}
