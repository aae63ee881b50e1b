//! What a page shows instead of itself when it cannot be shown to this person, and the HTTP
//! status that says why: 401 for a visitor (with the sign-in link that brings them back), 403
//! for a signed-in person who may not, 404 for what does not exist or may not be known to exist,
//! 409 for a state that forbids it, 500 otherwise. Each has its heading and what to do next.
use crate::api::AppError;
use crate::i18n::*;
use leptos::prelude::*;
use leptos_meta::Title;

/// The page's HTTP status, when rendered on the server.
pub fn set_page_status(status: u16) {
    #[cfg(feature = "ssr")]
    if let (Some(response), Ok(code)) = (
        use_context::<leptos_axum::ResponseOptions>(),
        http::StatusCode::from_u16(status),
    ) {
        response.set_status(code);
    }
    #[cfg(not(feature = "ssr"))]
    let _ = status;
}

/// The sign-in address that returns to the current page (its path and query).
fn sign_in_href() -> String {
    let here = current_address();
    let next = percent_encoding::utf8_percent_encode(&here, QUERY_VALUE);
    format!("/login?next={next}")
}

/// The current page's path and query: from the router on the server, from the address bar in
/// an island (which has no router in the browser).
#[cfg(feature = "ssr")]
fn current_address() -> String {
    let location = leptos_router::hooks::use_location();
    format!(
        "{}{}",
        location.pathname.get_untracked(),
        location.query.get_untracked().to_query_string()
    )
}

#[cfg(not(feature = "ssr"))]
fn current_address() -> String {
    let location = window().location();
    format!(
        "{}{}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default()
    )
}

/// What a query value must escape: all but letters, digits and the unreserved `-._~`.
const QUERY_VALUE: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

#[component]
pub fn Refusal(
    error: AppError,
    /// Where "what to do next" leads for a 409 (the object's own page); else home.
    #[prop(optional)]
    back: Option<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let status = match error {
        AppError::SignInRequired => 401,
        AppError::Forbidden => 403,
        AppError::NotFound => 404,
        AppError::BadRequest => 400,
        AppError::Conflict | AppError::NotNow => 409,
        _ => 500,
    };
    set_page_status(status);
    // The page's own title may never have been set (its data did not load): this one names
    // what happened. A string read now, not a closure: the head is written after the page's
    // reactive owner is gone, and a closure reading the locale there panics.
    let title = match status {
        401 => t_string!(i18n, refusal.sign_in_title),
        403 => t_string!(i18n, refusal.forbidden_title),
        400 | 404 => t_string!(i18n, not_found.title),
        409 => t_string!(i18n, refusal.not_now_title),
        _ => t_string!(i18n, refusal.error_title),
    }
    .to_string();
    let home = move || view! { <a class="button" href="/">{t!(i18n, not_found.back_home)}</a> };
    let body = match status {
        401 => view! {
            <section class="panel notice refusal" aria-labelledby="refusal-h">
                <h1 id="refusal-h">{t!(i18n, refusal.sign_in_title)}</h1>
                <p>{t!(i18n, errors.sign_in_required)}</p>
                <a class="button" href=sign_in_href()>{t!(i18n, account_menu.sign_in)}</a>
            </section>
        }
        .into_any(),
        403 => view! {
            <section class="panel notice refusal" aria-labelledby="refusal-h">
                <h1 id="refusal-h">{t!(i18n, refusal.forbidden_title)}</h1>
                <p>{t!(i18n, refusal.forbidden_body)}</p>
                {home()}
            </section>
        }
        .into_any(),
        400 | 404 => view! {
            <section class="panel empty-state refusal" aria-labelledby="refusal-h">
                <h1 id="refusal-h">{t!(i18n, not_found.title)}</h1>
                <p>{t!(i18n, errors.not_found)}</p>
                {home()}
            </section>
        }
        .into_any(),
        409 => view! {
            <section class="panel notice refusal" aria-labelledby="refusal-h">
                <h1 id="refusal-h">{t!(i18n, refusal.not_now_title)}</h1>
                <p>{t!(i18n, errors.not_allowed_now)}</p>
                {match back {
                    Some(href) => view! { <a class="button" href=href>{t!(i18n, refusal.back)}</a> }.into_any(),
                    None => home().into_any(),
                }}
            </section>
        }
        .into_any(),
        _ => view! {
            <section class="panel notice refusal" aria-labelledby="refusal-h" role="alert">
                <h1 id="refusal-h">{t!(i18n, refusal.error_title)}</h1>
                <p>{t!(i18n, errors.generic)}</p>
                {home()}
            </section>
        }
        .into_any(),
    };
    view! {
        <Title text=title />
        {body}
    }
}
