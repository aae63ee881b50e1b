//! A required "reason" input inside one of many like forms on a page (one per volunteer, one
//! per proposal): its ids carry the object's, and its error shows only on the object the
//! failed submission was about.
use crate::domain::validation::FormErrors;
use crate::ui::components::field_issue::IssueText;
use leptos::prelude::*;

/// `errors` is the form's answer; it is this object's when the echoed `id` is `object_id`.
#[component]
pub fn ReasonField(
    /// Prefix of the ids (`{prefix}-{object_id}`).
    prefix: &'static str,
    object_id: i64,
    errors: Signal<FormErrors>,
    children: Children,
) -> impl IntoView {
    let mine =
        errors.with_untracked(|e| e.kept("id").map(str::to_string)) == Some(object_id.to_string());
    let issue = move || {
        if mine {
            errors.get().get("reason")
        } else {
            None
        }
    };
    let kept = if mine {
        errors.with_untracked(|e| e.kept("reason").map(str::to_string))
    } else {
        None
    };
    let (input_id, error_id) = (
        format!("{prefix}-{object_id}"),
        format!("{prefix}-{object_id}-error"),
    );
    let described = error_id.clone();
    view! {
        <div class="field" class:invalid=move || issue().is_some()>
            <label for=input_id.clone()>{children()}</label>
            <input
                type="text"
                id=input_id
                name="reason"
                required=true
                value=kept
                aria-invalid=move || issue().is_some().then_some("true")
                aria-describedby=move || issue().is_some().then(|| described.clone())
            />
            <p class="error" id=error_id hidden=move || issue().is_none()>
                {move || issue().map(|issue| view! { <IssueText issue /> })}
            </p>
        </div>
    }
}

/// Whether the echoed failure was about `object_id` (to open its disclosure).
pub fn echoed_for(errors: Signal<FormErrors>, object_id: i64) -> bool {
    errors.with_untracked(|e| e.kept("id").map(str::to_string)) == Some(object_id.to_string())
}
