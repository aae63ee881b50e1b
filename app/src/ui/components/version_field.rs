use crate::domain::validation::FormErrors;
use crate::ui::components::field_issue::FormAlert;
use leptos::prelude::*;

/// The version an edit form started from, and the message when someone saved in between.
/// After such a refusal the server sends the current version back, so saving again applies
/// what the person typed, knowingly.
#[component]
pub fn VersionField(version: i64, errors: Signal<FormErrors>) -> impl IntoView {
    let current = move || {
        errors
            .with(|e| e.kept("version").map(str::to_string))
            .unwrap_or_else(|| version.to_string())
    };
    let issue = Signal::derive(move || errors.with(|e| e.get("version")));
    view! {
        <FormAlert issue />
        <input type="hidden" name="version" value=current prop:value=current />
    }
}
