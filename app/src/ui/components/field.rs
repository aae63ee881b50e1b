use crate::domain::validation::FormErrors;
use crate::ui::components::field_issue::IssueText;
use crate::ui::components::id_scope::scoped_id;
use leptos::prelude::*;

/// A labelled input with its hint and, after a submission, its error right beside it.
#[component]
pub fn Field(
    name: &'static str,
    #[prop(default = "text")] kind: &'static str,
    #[prop(optional)] autocomplete: Option<&'static str>,
    #[prop(optional)] required: bool,
    #[prop(optional)] hint: Option<AnyView>,
    #[prop(optional, into)] value: Option<Signal<String>>,
    #[prop(optional)] dir: Option<&'static str>,
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
    // Without JavaScript the page is rendered anew after a failed submission: refill the field
    // from what the server echoed back.
    let initial = move || {
        value
            .map(|v| v.get())
            .or_else(|| errors.with(|e| e.kept(name).map(str::to_string)))
            .or_else(|| preset.clone())
    };
    // After each submission the field shows what came back (the echo, else the preset, else
    // nothing), as a freshly drawn one would. Not on the first run: hydration must not
    // overwrite what someone typed before the WASM arrived.
    let input = NodeRef::<leptos::html::Input>::new();
    let shown = initial.clone();
    Effect::new(move |ran: Option<()>| {
        let text = shown().unwrap_or_default();
        if ran.is_some() {
            if let Some(el) = input.get_untracked() {
                if el.value() != text {
                    el.set_value(&text);
                }
            }
        }
    });
    let described_by = described_by(
        hint.is_some().then(|| hint_id.clone()),
        error_id.clone(),
        move || issue().is_some(),
    );
    view! {
        <div class="field" class:invalid=move || issue().is_some()>
            <label for=id.clone()>{children()}</label>
            {hint.map(|hint| view! { <p class="hint" id=hint_id.clone()>{hint}</p> })}
            <input
                id=id
                name=name
                type=kind
                autocomplete=autocomplete
                required=required
                dir=dir
                // The attribute only: hydration must not overwrite what someone typed before the
                // WASM arrived, and a field drawn in the browser starts from it (never "undefined").
                value=initial.clone()
                node_ref=input
                aria-invalid=move || issue().is_some().then_some("true")
                aria-describedby=described_by
            />
            <p class="error" id=error_id hidden=move || issue().is_none()>
                {move || issue().map(|issue| view! { <IssueText issue /> })}
            </p>
        </div>
    }
}

/// `aria-describedby` for a field: its hint (if it has one), and its error while it shows one.
pub(crate) fn described_by(
    hint_id: Option<String>,
    error_id: String,
    has_issue: impl Fn() -> bool + Send + Sync + 'static,
) -> impl Fn() -> Option<String> + Send + Sync + 'static {
    move || {
        let error = has_issue().then(|| error_id.clone());
        let ids: Vec<String> = hint_id.iter().cloned().chain(error).collect();
        (!ids.is_empty()).then(|| ids.join(" "))
    }
}
