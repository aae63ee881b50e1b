use crate::domain::validation::FormErrors;
use crate::ui::components::field_issue::IssueText;
use leptos::prelude::*;

/// A group of checkboxes sent as repeated `name[]` values (ids or codes). Ticked are those
/// echoed back after a failed submission (comma-separated), else `chosen`.
#[component]
pub fn CheckList<V>(
    name: &'static str,
    options: Vec<(V, String)>,
    chosen: Vec<V>,
    errors: Signal<FormErrors>,
    children: Children,
) -> impl IntoView
where
    V: ToString + 'static,
{
    let issue = move || errors.get().get(name);
    let chosen = errors
        .with_untracked(|e| {
            e.kept(name).map(|values| {
                values
                    .split(',')
                    .map(|v| v.trim().to_string())
                    .collect::<Vec<String>>()
            })
        })
        .unwrap_or_else(|| chosen.iter().map(ToString::to_string).collect());
    let error_id = format!("field-{name}-error");
    view! {
        <fieldset
            id=format!("field-{name}")
            class="field check-list"
            class:invalid=move || issue().is_some()
            aria-describedby=move || issue().is_some().then(|| error_id.clone())
        >
            <legend>{children()}</legend>
            <div class="check-options">
                {options.into_iter().map(|(value, label)| {
                    let id = value.to_string();
                    let (label_for, input_id) = (format!("{name}-{id}"), format!("{name}-{id}"));
                    view! {
                        <label for=label_for class="check">
                            <input
                                type="checkbox"
                                id=input_id
                                name=format!("{name}[]")
                                checked=chosen.contains(&id)
                                value=id
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
