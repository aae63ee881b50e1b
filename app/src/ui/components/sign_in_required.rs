use crate::api::AppError;
use crate::ui::components::refusal::Refusal;
use leptos::prelude::*;

/// Shown instead of a page that needs a signed-in person (answered with 401).
#[component]
pub fn SignInRequired() -> impl IntoView {
    view! { <Refusal error=AppError::SignInRequired /> }
}
