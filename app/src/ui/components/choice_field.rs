use crate::domain::validation::FormErrors;
use crate::ui::components::field::described_by;
use crate::ui::components::field_issue::IssueText;
use crate::ui::components::id_scope::scoped_id;
use leptos::prelude::*;

/// A labelled `<select>` with its error beside it; after a failed submission without
/// JavaScript the chosen option comes back from the server's echo.
#[component]
pub fn SelectField(
    name: &'static str,
    options: Vec<(String, String)>,
    #[prop(optional, into)] selected: Option<String>,
    #[prop(optional)] required: bool,
    errors: Signal<FormErrors>,
    children: Children,
) -> impl IntoView {
    let id = scoped_id(&format!("field-{name}"));
    let error_id = format!("{id}-error");
    let described = error_id.clone();
    let issue = move || errors.get().get(name);
    let kept = errors.with_untracked(|e| e.kept(name).map(str::to_string));
    let chosen = kept.or(selected).unwrap_or_default();
    view! {
        <div class="field" class:invalid=move || issue().is_some()>
            <label for=id.clone()>{children()}</label>
            <select
                id=id
                name=name
                required=required
                aria-invalid=move || issue().is_some().then_some("true")
                aria-describedby=move || issue().is_some().then(|| described.clone())
            >
                {options.into_iter().map(|(value, label)| {
                    let is_chosen = value == chosen;
                    view! { <option value=value selected=is_chosen>{label}</option> }
                }).collect_view()}
            </select>
            <p class="error" id=error_id.clone() hidden=move || issue().is_none()>
                {move || issue().map(|issue| view! { <IssueText issue /> })}
            </p>
        </div>
    }
}

/// A labelled `<textarea>` with its error beside it, refilled from the server's echo.
#[component]
pub fn TextAreaField(
    name: &'static str,
    #[prop(optional)] rows: Option<u32>,
    #[prop(optional)] hint: Option<AnyView>,
    /// What an edit form starts with; what was typed and echoed back wins over it.
    #[prop(default = None)]
    preset: Option<String>,
    errors: Signal<FormErrors>,
    children: Children,
) -> impl IntoView {
    let id = scoped_id(&format!("field-{name}"));
    let error_id = format!("{id}-error");
    let hint_id = format!("{id}-hint");
    let issue = move || errors.get().get(name);
    let described_by = described_by(
        hint.is_some().then(|| hint_id.clone()),
        error_id.clone(),
        move || issue().is_some(),
    );
    let kept = errors
        .with_untracked(|e| e.kept(name).map(str::to_string))
        .or(preset)
        .unwrap_or_default();
    view! {
        <div class="field" class:invalid=move || issue().is_some()>
            <label for=id.clone()>{children()}</label>
            {hint.map(|hint| view! { <p class="hint" id=hint_id>{hint}</p> })}
            <textarea
                id=id
                name=name
                rows=rows.unwrap_or(4)
                aria-invalid=move || issue().is_some().then_some("true")
                aria-describedby=described_by
            >{crate::ui::components::raw_text::inert(kept)}</textarea>
            <p class="error" id=error_id.clone() hidden=move || issue().is_none()>
                {move || issue().map(|issue| view! { <IssueText issue /> })}
            </p>
        </div>
    }
}

/// One choice among radio buttons (the first checked), with its error beside it. Each option
/// is (value, label); its input's id is `{id_prefix}-{value}`.
#[component]
pub fn RadioChoice(
    name: &'static str,
    id_prefix: &'static str,
    options: Vec<(&'static str, String)>,
    errors: Signal<FormErrors>,
    children: Children,
) -> impl IntoView {
    let issue = move || errors.get().get(name);
    let error_id = scoped_id(&format!("field-{name}-error"));
    let described = error_id.clone();
    view! {
        <fieldset
            class="field"
            class:invalid=move || issue().is_some()
            aria-describedby=move || issue().is_some().then(|| described.clone())
        >
            <legend>{children()}</legend>
            {options.into_iter().enumerate().map(|(i, (value, label))| {
                let input_id = format!("{id_prefix}-{value}");
                let label_for = input_id.clone();
                view! {
                    <label class="check" for=label_for>
                        <input type="radio" id=input_id name=name value=value checked=i == 0 />
                        {label}
                    </label>
                }
            }).collect_view()}
            <p class="error" id=error_id hidden=move || issue().is_none()>
                {move || issue().map(|issue| view! { <IssueText issue /> })}
            </p>
        </fieldset>
    }
}
