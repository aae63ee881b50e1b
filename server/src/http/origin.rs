//! Refuses cross-site mutations. Leptos server functions have no CSRF protection of their own,
//! so every request that is not GET/HEAD/OPTIONS must show it comes from our own pages: its
//! `Origin`, when sent, is exactly ours (scheme, host and port); without one, the browser's
//! `Sec-Fetch-Site` says `same-origin`; with neither, it is refused. A server function also
//! takes only the bodies our forms and our WASM send (form or JSON), never `text/plain`, which
//! a foreign page can post without asking.
use axum::extract::{Request, State};
use axum::http::{header, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::sync::Arc;

/// The public origin (`TAVANA_PUBLIC_ORIGIN`), when the site is reached through one.
#[derive(Clone, Debug, Default)]
pub struct AllowedOrigin(pub Option<String>);

/// What a request shows of where it comes from.
#[derive(Clone, Copy, Debug, Default)]
pub struct Provenance<'a> {
    pub sec_fetch_site: Option<&'a str>,
    pub origin: Option<&'a str>,
    pub host: Option<&'a str>,
}

/// Our own origin: the configured public one, else the plain-HTTP address the request names
/// (this server speaks HTTP itself; behind a TLS proxy the public origin must be set).
fn own_origin(host: Option<&str>, public_origin: Option<&str>) -> Option<String> {
    match public_origin {
        Some(public) => Some(public.trim_end_matches('/').to_string()),
        None => host.map(|host| format!("http://{host}")),
    }
}

/// Whether a request must be refused as cross-site.
pub fn is_cross_site(method: &Method, seen: Provenance, public_origin: Option<&str>) -> bool {
    if matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS) {
        return false;
    }
    if seen
        .sec_fetch_site
        .is_some_and(|site| site != "same-origin")
    {
        return true;
    }
    match seen.origin {
        Some(origin) => own_origin(seen.host, public_origin)
            .is_none_or(|own| !origin.eq_ignore_ascii_case(&own)),
        None => seen.sec_fetch_site != Some("same-origin"),
    }
}

/// Whether a server function's body is one our pages send.
pub fn is_accepted_body(path: &str, content_type: Option<&str>) -> bool {
    if !path.starts_with("/api/") {
        return true;
    }
    let essence = content_type
        .and_then(|t| t.split(';').next())
        .map(|t| t.trim().to_ascii_lowercase());
    matches!(
        essence.as_deref(),
        Some("application/x-www-form-urlencoded" | "application/json")
    )
}

pub async fn refuse_cross_site(
    State(allowed): State<Arc<AllowedOrigin>>,
    request: Request,
    next: Next,
) -> Response {
    let h = request.headers();
    let text = |name: &str| h.get(name).and_then(|v| v.to_str().ok());
    let seen = Provenance {
        sec_fetch_site: text("sec-fetch-site"),
        origin: text(header::ORIGIN.as_str()),
        host: text(header::HOST.as_str()),
    };
    let method = request.method();
    if is_cross_site(method, seen, allowed.0.as_deref()) {
        tracing::warn!(%method, path = %request.uri().path(), "cross-site request refused");
        return (StatusCode::FORBIDDEN, "cross-site request refused").into_response();
    }
    let mutation = !matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS);
    if mutation && !is_accepted_body(request.uri().path(), text(header::CONTENT_TYPE.as_str())) {
        return (
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "a form or JSON body is expected",
        )
            .into_response();
    }
    next.run(request).await
}

#[cfg(test)]
mod tests {
    use super::*;

    const HOST: Option<&str> = Some("127.0.0.1:3000");

    fn post(sec_fetch_site: Option<&str>, origin: Option<&str>) -> bool {
        let seen = Provenance {
            sec_fetch_site,
            origin,
            host: HOST,
        };
        is_cross_site(&Method::POST, seen, None)
    }

    #[test]
    fn reads_always_pass() {
        let seen = Provenance {
            sec_fetch_site: Some("cross-site"),
            origin: Some("https://evil.example"),
            host: HOST,
        };
        assert!(!is_cross_site(&Method::GET, seen, None));
    }

    #[test]
    fn our_own_pages_pass() {
        assert!(!post(Some("same-origin"), Some("http://127.0.0.1:3000")));
        assert!(!post(None, Some("http://127.0.0.1:3000")));
        assert!(!post(Some("same-origin"), None));
    }

    #[test]
    fn everything_else_is_refused() {
        // A foreign Origin is not excused by a same-origin claim beside it.
        assert!(post(Some("same-origin"), Some("https://evil.example")));
        assert!(post(None, Some("http://evil.example")));
        // The right host over the wrong scheme is another origin.
        assert!(post(None, Some("https://127.0.0.1:3000")));
        assert!(post(None, Some("null")));
        assert!(post(Some("cross-site"), Some("http://127.0.0.1:3000")));
        assert!(post(Some("same-site"), None));
        assert!(post(Some("none"), None));
        // Neither header: not from a page of ours.
        assert!(post(None, None));
    }

    #[test]
    fn behind_a_proxy_the_public_origin_decides() {
        let public = Some("https://tavana.example.ir");
        let seen = |origin| Provenance {
            sec_fetch_site: None,
            origin: Some(origin),
            host: Some("10.0.0.5:3000"),
        };
        assert!(!is_cross_site(
            &Method::POST,
            seen("https://tavana.example.ir"),
            public
        ));
        assert!(is_cross_site(
            &Method::POST,
            seen("http://10.0.0.5:3000"),
            public
        ));
        assert!(is_cross_site(
            &Method::POST,
            seen("http://tavana.example.ir"),
            public
        ));
    }

    #[test]
    fn server_functions_take_forms_and_json_only() {
        let form = Some("application/x-www-form-urlencoded");
        assert!(is_accepted_body("/api/login", form));
        assert!(is_accepted_body(
            "/api/login",
            Some("Application/JSON; charset=utf-8")
        ));
        assert!(!is_accepted_body("/api/login", Some("text/plain")));
        assert!(!is_accepted_body("/api/login", None));
        assert!(!is_accepted_body(
            "/api/login",
            Some("multipart/form-data; boundary=x")
        ));
        assert!(is_accepted_body(
            "/proposals/3/documents",
            Some("multipart/form-data")
        ));
    }
}
