//! leptos 0.8 writes the page's CSP nonce as the value of `crossorigin` on the preloads it
//! emits: the WASM and its JS (`HydrationScripts`) and the split-off pages' chunks
//! (leptos-rs/leptos#4843). Such a preload matches no real fetch (the browser downloads the
//! file twice; on Firefox it can abort hydration) and the HTML is invalid. Every page goes out
//! with those values made `crossorigin=""` (anonymous, as the module import and the WASM fetch
//! are); the nonce is read from the page's own policy.
use axum::body::{to_bytes, Body};
use axum::extract::Request;
use axum::http::header;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

/// Pages are far smaller; a larger one is sent as it is.
const MAX_PAGE: usize = 8 * 1024 * 1024;

/// The nonce a page's Content-Security-Policy allows, if any.
pub fn nonce_of(policy: &str) -> Option<&str> {
    let start = policy.find("'nonce-")? + "'nonce-".len();
    let len = policy[start..].find('\'')?;
    Some(&policy[start..start + len])
}

/// `html` with every `crossorigin="{nonce}"` made `crossorigin=""`.
pub fn fix(html: &str, nonce: &str) -> String {
    html.replace(&format!("crossorigin=\"{nonce}\""), "crossorigin=\"\"")
}

pub async fn anonymous_preloads(request: Request, next: Next) -> Response {
    let response = next.run(request).await;
    let html = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| t.starts_with("text/html"));
    let nonce = response
        .headers()
        .get(header::CONTENT_SECURITY_POLICY)
        .and_then(|v| v.to_str().ok())
        .and_then(nonce_of)
        .map(str::to_string);
    let (true, Some(nonce)) = (html, nonce) else {
        return response;
    };
    let (mut parts, body) = response.into_parts();
    let Ok(bytes) = to_bytes(body, MAX_PAGE).await else {
        return axum::http::StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let body = match std::str::from_utf8(&bytes) {
        Ok(text) => Body::from(fix(text, &nonce)),
        Err(_) => Body::from(bytes),
    };
    parts.headers.remove(header::CONTENT_LENGTH);
    Response::from_parts(parts, body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_nonce_leaves_crossorigin_only() {
        let policy = "default-src 'self'; script-src 'self' 'nonce-Ab_9' 'wasm-unsafe-eval'";
        assert_eq!(nonce_of(policy), Some("Ab_9"));
        assert_eq!(nonce_of("default-src 'none'"), None);
        let html = r#"<link rel="modulepreload" href="/pkg/a.js" crossorigin="Ab_9"><script nonce="Ab_9">x</script>"#;
        assert_eq!(
            fix(html, "Ab_9"),
            r#"<link rel="modulepreload" href="/pkg/a.js" crossorigin=""><script nonce="Ab_9">x</script>"#
        );
    }
}
