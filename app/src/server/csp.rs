//! Content-Security-Policy with a per-response nonce: the only inline scripts allowed are the
//! ones hydration writes, which carry the nonce.
use http::header::{HeaderValue, CONTENT_SECURITY_POLICY};
use leptos::nonce::{provide_nonce, use_nonce};
use leptos::prelude::use_context;

pub fn policy(nonce: &str) -> String {
    format!(
        "default-src 'self'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; \
         style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; \
         object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
    )
}

/// Called by the shell for every page render.
pub fn provide_nonce_and_header() {
    provide_nonce();
    let (Some(nonce), Some(response)) =
        (use_nonce(), use_context::<leptos_axum::ResponseOptions>())
    else {
        return;
    };
    if let Ok(value) = HeaderValue::from_str(&policy(&nonce.to_string())) {
        response.insert_header(CONTENT_SECURITY_POLICY, value);
    }
}
