//! Checking a form as it is filled in, with the very rule the server applies: once a field
//! has been changed, its verdict comes from the browser until the server answers again.
use crate::domain::validation::{FieldIssue, FormErrors};
use leptos::ev::Event;
use leptos::form::FromFormData;
use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use leptos::web_sys::{Element, FocusEvent, FormData, HtmlFormElement};
use serde::de::DeserializeOwned;

/// The fields changed since the last answer from the server and what the rule says of them.
/// Fields find it in the context; a form without one is checked on the server only.
#[derive(Clone, Copy)]
pub struct LiveCheck {
    touched: RwSignal<Vec<String>>,
    found: RwSignal<FormErrors>,
}

impl LiveCheck {
    /// The issue to show for `name`: the browser's verdict once it was changed, else the
    /// server's.
    pub fn issue(&self, name: &str, from_server: Option<FieldIssue>) -> Option<FieldIssue> {
        if self.touched.with(|t| t.iter().any(|n| n == name)) {
            self.found.with(|f| f.get(name))
        } else {
            from_server
        }
    }
}

/// The issue a field shows: the live verdict when its form is checked live (`live` is the
/// context the field found when it was created), else the server's.
pub fn verdict(
    live: Option<LiveCheck>,
    name: &str,
    from_server: Option<FieldIssue>,
) -> Option<FieldIssue> {
    match live {
        Some(live) => live.issue(name, from_server),
        None => from_server,
    }
}

/// Provides a live check to the fields below and returns the handler for the form's
/// `focusout` and `input` events. `rule` reads the form as its server action would and returns
/// the issues; `server` is the last answer's issues, and each new answer takes the verdict back.
///
/// A field is judged when it is left, and again as it is typed in once it shows a verdict
/// (the server's or the browser's), so a fix clears its message at once. Leaving a field for a
/// submit button judges nothing: the submission will, and a message appearing under the
/// pointer would move the button away from the click.
pub fn provide_live_check<I, R>(
    server: Signal<FormErrors>,
    rule: R,
) -> impl Fn(Event) + Copy + 'static
where
    I: DeserializeOwned,
    R: Fn(I) -> FormErrors + Copy + 'static,
{
    let live = LiveCheck {
        touched: RwSignal::new(Vec::new()),
        found: RwSignal::new(FormErrors::default()),
    };
    provide_context(live);
    Effect::new(move |ran: Option<()>| {
        server.track();
        if ran.is_some() {
            live.touched.set(Vec::new());
        }
    });
    move |ev: Event| {
        let Some(field) = ev.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
            return;
        };
        let name = field.get_attribute("name").unwrap_or_default();
        if name.is_empty() {
            return;
        }
        let judged = live.touched.with_untracked(|t| t.contains(&name))
            || server.with_untracked(|e| e.get(&name).is_some());
        let leaving = ev.type_() == "focusout";
        if leaving && going_to_submit(&ev) || !leaving && !judged {
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
        let Ok(data) = FormData::new_with_form(&form) else {
            return;
        };
        let Ok(input) = I::from_form_data(&data) else {
            return;
        };
        live.found.set(rule(input));
        live.touched.update(|t| {
            if !t.contains(&name) {
                t.push(name);
            }
        });
    }
}

/// Whether focus is moving to a submit button.
fn going_to_submit(ev: &Event) -> bool {
    ev.dyn_ref::<FocusEvent>()
        .and_then(|f| f.related_target())
        .and_then(|t| t.dyn_into::<Element>().ok())
        .is_some_and(|el| {
            el.matches("button[type=submit], input[type=submit]")
                .unwrap_or(false)
        })
}
