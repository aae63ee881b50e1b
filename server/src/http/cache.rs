//! Cache lifetimes, decided per response: only a successful content-hashed asset is immutable;
//! the favicon may be kept a day; everything else (pages, server functions, exports, documents,
//! logos, photos: per person or per permission) is `no-store`, and so is every error and
//! redirect, whatever the handler said.
use axum::extract::Request;
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::Response;

pub const IMMUTABLE: &str = "public, max-age=31536000, immutable";
pub const NO_STORE: &str = "no-store";
const A_DAY: &str = "public, max-age=86400";

/// Whether a file name carries a content hash (`tavana.3fa9c1d2e4.wasm`,
/// `vazirmatn-arabic-400.e31830d3a5.woff2`; cargo-leptos writes base64url): a middle part of
/// eight or more such characters.
fn is_hashed(name: &str) -> bool {
    let parts: Vec<&str> = name.split('.').collect();
    parts.len() >= 3
        && parts[1..parts.len() - 1].iter().any(|p| {
            p.len() >= 8
                && p.chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        })
}

/// The `Cache-Control` a response gets.
pub fn cache_control(path: &str, status: StatusCode) -> &'static str {
    // 304 answers a revalidation of what was served with 200.
    if !(status.is_success() || status == StatusCode::NOT_MODIFIED) {
        return NO_STORE;
    }
    let asset = path
        .strip_prefix("/pkg/")
        .or_else(|| path.strip_prefix("/fonts/"))
        .or_else(|| path.strip_prefix("/scripts/"));
    match asset {
        Some(name) if !name.contains('/') && is_hashed(name) => IMMUTABLE,
        _ if path == "/favicon.svg" => A_DAY,
        _ => NO_STORE,
    }
}

pub async fn set_cache_control(request: Request, next: Next) -> Response {
    let path = request.uri().path().to_string();
    let mut response = next.run(request).await;
    let value = cache_control(&path, response.status());
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static(value));
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn routes_by_status() {
        let ok = StatusCode::OK;
        let cases = [
            ("/pkg/tavana.3fa9c1d2e4.wasm", ok, IMMUTABLE),
            (
                "/pkg/tavana.3fa9c1d2e4.wasm",
                StatusCode::NOT_MODIFIED,
                IMMUTABLE,
            ),
            (
                "/fonts/vazirmatn-arabic-400.e31830d3a5.woff2",
                ok,
                IMMUTABLE,
            ),
            (
                "/pkg/tavana.3fa9c1d2e4.wasm",
                StatusCode::NOT_FOUND,
                NO_STORE,
            ),
            ("/pkg/missing.wasm", StatusCode::NOT_FOUND, NO_STORE),
            ("/fonts/OFL.txt", ok, NO_STORE),
            ("/scripts/print.9341f30b13.js", ok, IMMUTABLE),
            ("/pkg/sub/tavana.3fa9c1d2e4.wasm", ok, NO_STORE),
            ("/favicon.svg", ok, A_DAY),
            ("/favicon.svg", StatusCode::INTERNAL_SERVER_ERROR, NO_STORE),
            ("/", ok, NO_STORE),
            ("/api/login", ok, NO_STORE),
            ("/export/projects.xlsx", ok, NO_STORE),
            ("/export/projects.xlsx", StatusCode::UNAUTHORIZED, NO_STORE),
            ("/documents/3", ok, NO_STORE),
            ("/organisations/7/logo", ok, NO_STORE),
            ("/organisations/7/logo", StatusCode::FORBIDDEN, NO_STORE),
            ("/photos/4", ok, NO_STORE),
            ("/login", StatusCode::FOUND, NO_STORE),
        ];
        for (path, status, expected) in cases {
            assert_eq!(cache_control(path, status), expected, "{path} {status}");
        }
    }

    #[test]
    fn hashed_names() {
        assert!(is_hashed("tavana.3fa9c1d2e4.js"));
        assert!(is_hashed("vazirmatn-latin-700.a1d13d1cf4.woff2"));
        assert!(!is_hashed("tavana.js"));
        assert!(!is_hashed("OFL.txt"));
        assert!(is_hashed("__wasm_split.Ab-_cdEfgH.js"));
    }
}
