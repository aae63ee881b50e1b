//! The language switch: a plain form POST that stores the choice in the cookie leptos_i18n
//! reads, then goes back to the page, so it works without JavaScript.
use app::domain::redirects::safe_target;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Form;
use serde::Deserialize;

const LOCALE_COOKIE: &str = "i18n_pref_locale";

#[derive(Deserialize)]
pub struct LangForm {
    locale: String,
    #[serde(default)]
    next: String,
}

pub async fn set_language(Form(form): Form<LangForm>) -> Response {
    let locale = match form.locale.as_str() {
        "fa" | "en" => form.locale.as_str(),
        _ => return (StatusCode::BAD_REQUEST, "unknown locale").into_response(),
    };
    let cookie = format!("{LOCALE_COOKIE}={locale}; Path=/; Max-Age=31536000; SameSite=Lax");
    let mut response = (
        StatusCode::SEE_OTHER,
        [(header::LOCATION, safe_target(&form.next))],
    )
        .into_response();
    if let Ok(value) = HeaderValue::from_str(&cookie) {
        response.headers_mut().insert(header::SET_COOKIE, value);
    }
    response
}
