//! Refuses cross-site mutations. Leptos server functions have no CSRF protection of their own,
//! so every request that is not GET/HEAD/OPTIONS must come from our own pages.
use axum::extract::{Request, State};
use axum::http::{header, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::sync::Arc;

#[derive(Clone, Debug, Default)]
pub struct AllowedOrigin(pub Option<String>);

/// Whether a request must be refused as cross-site. Browsers send `Sec-Fetch-Site` and/or
/// `Origin` on every POST; a request with neither did not come from a browser page.
pub fn is_cross_site(
    method: &Method,
    sec_fetch_site: Option<&str>,
    origin: Option<&str>,
    host: Option<&str>,
    public_origin: Option<&str>,
) -> bool {
    if matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS) {
        return false;
    }
    if let Some(site) = sec_fetch_site {
        return !matches!(site, "same-origin" | "none");
    }
    let Some(origin) = origin else { return false };
    if public_origin.is_some_and(|p| p == origin) {
        return false;
    }
    let origin_host = origin.split_once("://").map(|(_, rest)| rest);
    !(origin_host.is_some() && origin_host == host)
}

pub async fn refuse_cross_site(
    State(allowed): State<Arc<AllowedOrigin>>,
    request: Request,
    next: Next,
) -> Response {
    let h = request.headers();
    let text = |name: &str| h.get(name).and_then(|v| v.to_str().ok());
    if is_cross_site(
        request.method(),
        text("sec-fetch-site"),
        text(header::ORIGIN.as_str()),
        text(header::HOST.as_str()),
        allowed.0.as_deref(),
    ) {
        tracing::warn!(method = %request.method(), path = %request.uri().path(), "cross-site request refused");
        return (StatusCode::FORBIDDEN, "cross-site request refused").into_response();
    }
    next.run(request).await
}

#[cfg(test)]
mod tests {
    use super::*;

    const HOST: Option<&str> = Some("127.0.0.1:3000");

    #[test]
    fn reads_always_pass() {
        assert!(!is_cross_site(
            &Method::GET,
            Some("cross-site"),
            Some("https://evil.example"),
            HOST,
            None
        ));
    }

    #[test]
    fn fetch_metadata_decides_when_present() {
        assert!(!is_cross_site(
            &Method::POST,
            Some("same-origin"),
            None,
            HOST,
            None
        ));
        assert!(!is_cross_site(
            &Method::POST,
            Some("none"),
            None,
            HOST,
            None
        ));
        assert!(is_cross_site(
            &Method::POST,
            Some("cross-site"),
            Some("http://127.0.0.1:3000"),
            HOST,
            None
        ));
        assert!(is_cross_site(
            &Method::POST,
            Some("same-site"),
            None,
            HOST,
            None
        ));
    }

    #[test]
    fn origin_must_match_host_or_public_origin() {
        assert!(!is_cross_site(
            &Method::POST,
            None,
            Some("http://127.0.0.1:3000"),
            HOST,
            None
        ));
        assert!(is_cross_site(
            &Method::POST,
            None,
            Some("http://evil.example"),
            HOST,
            None
        ));
        assert!(is_cross_site(&Method::POST, None, Some("null"), HOST, None));
        let public = Some("https://tavana.example.ir");
        assert!(!is_cross_site(
            &Method::POST,
            None,
            Some("https://tavana.example.ir"),
            Some("10.0.0.5:3000"),
            public
        ));
    }

    #[test]
    fn non_browser_clients_pass() {
        assert!(!is_cross_site(&Method::POST, None, None, HOST, None));
    }
}
