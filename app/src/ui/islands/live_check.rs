//! Checking a server-rendered form as it is filled in, with the very rule the server applies.
//! The form and its fields are plain server HTML; this only reads the form and writes each
//! judged field's message, its `invalid` mark and its ARIA state, so the browser carries no
//! view code for the fields.
//!
//! A field is judged when it is left, and again as it is typed in once it shows a verdict (the
//! server's or the browser's), so a fix clears its message at once. Leaving a field for a
//! submit button judges nothing: the submission will, and a message appearing under the
//! pointer would move the button away from the click.
use leptos::prelude::*;

/// The fields judged in the browser so far.
pub type Judged = StoredValue<Vec<String>>;

/// Judges the field an `input` or `focusout` event came from. `rule` reads the form as its
/// server action would and returns the issues; `live` names fields judged at every keystroke
/// (one whose reading is shown as it is typed).
#[cfg(feature = "hydrate")]
pub fn judge<I, R>(
    ev: &leptos::ev::Event,
    locale: crate::i18n::Locale,
    judged: Judged,
    live: &[&str],
    rule: R,
) where
    I: serde::de::DeserializeOwned,
    R: Fn(I) -> crate::domain::validation::FormErrors,
{
    use leptos::form::FromFormData;
    use leptos::wasm_bindgen::JsCast;
    use leptos::web_sys::{Element, FormData, HtmlFormElement};
    let Some(field) = ev.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
        return;
    };
    let name = field.get_attribute("name").unwrap_or_default();
    if name.is_empty() {
        return;
    }
    let shown = document()
        .get_element_by_id(&format!("field-{name}-error"))
        .is_some_and(|e| !e.has_attribute("hidden"));
    let known = judged.with_value(|j| j.contains(&name)) || shown || live.contains(&name.as_str());
    let leaving = ev.type_() == "focusout";
    if leaving && going_to_submit(ev) || !leaving && !known {
        return;
    }
    let Some(form) = field
        .closest("form")
        .ok()
        .flatten()
        .and_then(|f| f.dyn_into::<HtmlFormElement>().ok())
    else {
        return;
    };
    let Some(input) = FormData::new_with_form(&form)
        .ok()
        .and_then(|data| I::from_form_data(&data).ok())
    else {
        return;
    };
    let found = rule(input);
    judged.update_value(|j| {
        if !j.contains(&name) {
            j.push(name);
        }
    });
    judged.with_value(|names| {
        for name in names {
            let text = found
                .get(name)
                .map(|issue| crate::ui::components::field_issue::issue_text(locale, issue));
            show_issue(name, text.as_deref());
        }
    });
}

/// Writes `text` (or nothing) as the message of the field named `name`.
#[cfg(feature = "hydrate")]
fn show_issue(name: &str, text: Option<&str>) {
    let document = document();
    let error_id = format!("field-{name}-error");
    let Some(error) = document.get_element_by_id(&error_id) else {
        return;
    };
    error.set_text_content(text);
    let _ = match text {
        Some(_) => error.remove_attribute("hidden"),
        None => error.set_attribute("hidden", ""),
    };
    if let Ok(Some(field)) = error.closest(".field") {
        let _ = field
            .class_list()
            .toggle_with_force("invalid", text.is_some());
    }
    if let Some(control) = document.get_element_by_id(&format!("field-{name}")) {
        let _ = match text {
            Some(_) => control.set_attribute("aria-invalid", "true"),
            None => control.remove_attribute("aria-invalid"),
        };
        let described = control
            .get_attribute("aria-describedby")
            .unwrap_or_default();
        let mut ids: Vec<&str> = described
            .split_whitespace()
            .filter(|id| *id != error_id)
            .collect();
        if text.is_some() {
            ids.push(&error_id);
        }
        let _ = match ids.is_empty() {
            true => control.remove_attribute("aria-describedby"),
            false => control.set_attribute("aria-describedby", &ids.join(" ")),
        };
    }
}

/// Whether focus is moving to a submit button.
#[cfg(feature = "hydrate")]
fn going_to_submit(ev: &leptos::ev::Event) -> bool {
    use leptos::wasm_bindgen::JsCast;
    use leptos::web_sys::{Element, FocusEvent};
    ev.dyn_ref::<FocusEvent>()
        .and_then(|f| f.related_target())
        .and_then(|t| t.dyn_into::<Element>().ok())
        .is_some_and(|el| {
            el.matches("button[type=submit], input[type=submit]")
                .unwrap_or(false)
        })
}
