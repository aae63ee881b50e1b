//! What a page shows after a form's server action answered: the field issues, a sentence for
//! any other failure, and whether it succeeded. Every form page derives these the same way.
use crate::api::AppError;
use crate::domain::validation::FormErrors;
use crate::i18n::*;
use leptos::prelude::*;

/// The field issues of the last answer (empty when none).
pub fn form_errors<T, V>(value: V) -> Signal<FormErrors>
where
    T: 'static,
    V: With<Value = Option<Result<T, AppError>>> + Send + Sync + 'static,
{
    Signal::derive(move || {
        value.with(|v| match v {
            Some(Err(AppError::Invalid(errors))) => errors.clone(),
            _ => FormErrors::default(),
        })
    })
}

/// A failure of the last answer that is not about one field.
pub fn form_failure<T, V>(value: V) -> Signal<Option<AppError>>
where
    T: 'static,
    V: With<Value = Option<Result<T, AppError>>> + Send + Sync + 'static,
{
    Signal::derive(move || {
        value.with(|v| match v {
            Some(Err(AppError::Invalid(_))) | None | Some(Ok(_)) => None,
            Some(Err(other)) => Some(other.clone()),
        })
    })
}

/// Whether the last answer was a success.
pub fn form_succeeded<T, V>(value: V) -> Signal<bool>
where
    T: 'static,
    V: With<Value = Option<Result<T, AppError>>> + Send + Sync + 'static,
{
    Signal::derive(move || value.with(|v| matches!(v, Some(Ok(_)))))
}

/// Whether the page was reached after saving `panel` (`?saved={panel}`): a plain form's
/// success, which the server function answers with a redirect here.
pub fn saved_panel(panel: &'static str) -> Signal<bool> {
    let query = leptos_router::hooks::use_query_map();
    Signal::derive(move || query.with(|q| q.get("saved").as_deref() == Some(panel)))
}

/// The sentence for a failure that is not about one field, announced to screen readers.
#[component]
pub fn FailureAlert(failure: Signal<Option<AppError>>) -> impl IntoView {
    let i18n = use_i18n();
    let text = move || {
        failure.get().map(|failure| match failure {
            AppError::SignInRequired => t_string!(i18n, errors.sign_in_required),
            AppError::Forbidden => t_string!(i18n, errors.forbidden),
            AppError::NotFound => t_string!(i18n, errors.not_found),
            AppError::Conflict => t_string!(i18n, errors.conflict),
            AppError::NotNow => t_string!(i18n, errors.not_allowed_now),
            AppError::Unreachable => t_string!(i18n, errors.unreachable),
            _ => t_string!(i18n, errors.generic),
        })
    };
    view! {
        <p class="form-alert" role="alert" hidden=move || failure.get().is_none()>{text}</p>
    }
}

/// The answer of a form sent without JavaScript that failed (kept in the session, see
/// `server::form_echo`): the server function's path and its error. Read on the server; an
/// island is handed it as a prop.
pub fn form_echo() -> Option<(String, String)> {
    #[cfg(feature = "ssr")]
    {
        use_context::<http::request::Parts>()
            .and_then(|parts| {
                parts
                    .extensions
                    .get::<crate::server::form_echo::FormEcho>()
                    .cloned()
            })
            .map(|echo| (echo.path, echo.error))
    }
    #[cfg(not(feature = "ssr"))]
    {
        None
    }
}

/// Gives the server actions below the answer `echo`, so the page draws the refilled form.
pub fn provide_form_echo(echo: Option<(String, String)>) {
    if let Some((path, error)) = echo {
        provide_context(leptos::server::ServerActionError::new(&path, &error));
    }
}
