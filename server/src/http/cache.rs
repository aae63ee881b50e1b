//! Cache lifetimes: content-hashed assets for a year, pages never (they carry personal content
//! and a per-response nonce).
use axum::extract::Request;
use axum::http::{header, HeaderValue};
use axum::middleware::Next;
use axum::response::Response;

pub fn cache_control(path: &str, content_type: Option<&str>) -> &'static str {
    if path.starts_with("/pkg/") || path.starts_with("/fonts/") {
        "public, max-age=31536000, immutable"
    } else if content_type.is_some_and(|t| t.starts_with("text/html"))
        || path.starts_with("/api/")
        || path.starts_with("/documents/")
    {
        // Proposals' documents are private papers: kept in no cache at all.
        "no-store"
    } else if path.starts_with("/organisations/") && path.ends_with("/logo") {
        // An unverified organisation's logo is for some eyes only: never in shared caches.
        "private, max-age=3600"
    } else {
        "public, max-age=86400"
    }
}

pub async fn set_cache_control(request: Request, next: Next) -> Response {
    let path = request.uri().path().to_string();
    let mut response = next.run(request).await;
    let content_type = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok());
    let value = cache_control(&path, content_type);
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static(value));
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lifetimes() {
        assert_eq!(
            cache_control("/organisations/7/logo", Some("image/png")),
            "private, max-age=3600"
        );
        assert_eq!(
            cache_control("/pkg/tavana.abc123.wasm", Some("application/wasm")),
            "public, max-age=31536000, immutable"
        );
        assert_eq!(
            cache_control("/fonts/vazirmatn.1a2b.woff2", Some("font/woff2")),
            "public, max-age=31536000, immutable"
        );
        assert_eq!(
            cache_control("/", Some("text/html; charset=utf-8")),
            "no-store"
        );
        assert_eq!(
            cache_control("/api/login", Some("application/json")),
            "no-store"
        );
        assert_eq!(
            cache_control("/documents/3", Some("application/pdf")),
            "no-store"
        );
        assert_eq!(
            cache_control("/favicon.svg", Some("image/svg+xml")),
            "public, max-age=86400"
        );
    }
}
