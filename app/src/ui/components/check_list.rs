use crate::domain::digits::parse_number;
use crate::domain::validation::FormErrors;
use crate::ui::components::field_issue::IssueText;
use leptos::prelude::*;

/// A group of checkboxes sent as repeated `name[]` values. Ticked are those echoed back after
/// a failed submission (comma-separated ids), else `chosen`.
#[component]
pub fn CheckList(
    name: &'static str,
    options: Vec<(i64, String)>,
    chosen: Vec<i64>,
    errors: Signal<FormErrors>,
    children: Children,
) -> impl IntoView {
    let issue = move || errors.get().get(name);
    let chosen = errors
        .with_untracked(|e| {
            e.kept(name).map(|ids| {
                ids.split(',')
                    .filter_map(parse_number)
                    .collect::<Vec<i64>>()
            })
        })
        .unwrap_or(chosen);
    let error_id = format!("field-{name}-error");
    view! {
        <fieldset
            class="field check-list"
            class:invalid=move || issue().is_some()
            aria-describedby=move || issue().is_some().then(|| error_id.clone())
        >
            <legend>{children()}</legend>
            <div class="check-options">
                {options.into_iter().map(|(id, label)| {
                    let (label_for, input_id) = (format!("{name}-{id}"), format!("{name}-{id}"));
                    view! {
                        <label for=label_for class="check">
                            <input
                                type="checkbox"
                                id=input_id
                                name=format!("{name}[]")
                                value=id
                                checked=chosen.contains(&id)
                            />
                            {label}
                        </label>
                    }
                }).collect_view()}
            </div>
            <p class="error" id=format!("field-{name}-error") hidden=move || issue().is_none()>
                {move || issue().map(|issue| view! { <IssueText issue /> })}
            </p>
        </fieldset>
    }
}
