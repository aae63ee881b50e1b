//! Every text the server receives is cleaned the same way before anything reads it (see
//! `domain::text::clean_typed`): the bidirectional controls that make `a\u{202E}gnp.pdf` read as
//! "afdp.png" and stray control characters (a NUL is refused by PostgreSQL) are removed; ZWNJ
//! and ZWJ, which Persian needs, and line breaks stay. Done once, on a server function's body
//! and on every address's query, so no field of any function or page is missed.
use app::domain::text::clean_typed;
use axum::body::{to_bytes, Body};
use axum::extract::Request;
use axum::http::{header, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

/// The largest server-function body read (files go through their own routes).
pub const MAX_BODY: usize = 2 * 1024 * 1024;

/// A form body (or a query) with every name and value cleaned; `None` when it was clean.
pub fn clean_form(body: &[u8]) -> Option<Vec<u8>> {
    let pairs = form_urlencoded::parse(body);
    let dirty = pairs.clone().any(|(k, v)| {
        matches!(clean_typed(&k), std::borrow::Cow::Owned(_))
            || matches!(clean_typed(&v), std::borrow::Cow::Owned(_))
    });
    if !dirty {
        return None;
    }
    Some(
        form_urlencoded::Serializer::new(String::new())
            .extend_pairs(
                pairs.map(|(k, v)| (clean_typed(&k).into_owned(), clean_typed(&v).into_owned())),
            )
            .finish()
            .into_bytes(),
    )
}

/// A JSON body with every string cleaned; anything that is not JSON is left for the server
/// function to refuse.
pub fn clean_json(body: &[u8]) -> Vec<u8> {
    fn clean(value: &mut serde_json::Value) {
        match value {
            serde_json::Value::String(s) => {
                if let std::borrow::Cow::Owned(clean) = clean_typed(s) {
                    *s = clean;
                }
            }
            serde_json::Value::Array(items) => items.iter_mut().for_each(clean),
            serde_json::Value::Object(map) => {
                let entries = std::mem::take(map);
                for (k, mut v) in entries {
                    clean(&mut v);
                    map.insert(clean_typed(&k).into_owned(), v);
                }
            }
            _ => {}
        }
    }
    match serde_json::from_slice::<serde_json::Value>(body) {
        Ok(mut value) => {
            clean(&mut value);
            serde_json::to_vec(&value).unwrap_or_else(|_| body.to_vec())
        }
        Err(_) => body.to_vec(),
    }
}

/// The request with its query cleaned, when it needed it.
fn clean_query(mut request: Request) -> Request {
    let Some(query) = request.uri().query() else {
        return request;
    };
    let Some(clean) = clean_form(query.as_bytes()) else {
        return request;
    };
    let path = request.uri().path();
    let rebuilt = format!("{path}?{}", String::from_utf8_lossy(&clean));
    if let Ok(uri) = rebuilt.parse() {
        *request.uri_mut() = uri;
    }
    request
}

pub async fn clean_text(request: Request, next: Next) -> Response {
    let request = clean_query(request);
    if !request.uri().path().starts_with("/api/") {
        return next.run(request).await;
    }
    let kind = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .map(|v| v.trim().to_ascii_lowercase());
    let json = match kind.as_deref() {
        Some("application/x-www-form-urlencoded") => false,
        Some("application/json") => true,
        _ => return next.run(request).await,
    };
    let (mut parts, body) = request.into_parts();
    let Ok(bytes) = to_bytes(body, MAX_BODY).await else {
        return StatusCode::PAYLOAD_TOO_LARGE.into_response();
    };
    let cleaned = if json {
        clean_json(&bytes)
    } else {
        clean_form(&bytes).unwrap_or_else(|| bytes.to_vec())
    };
    parts.headers.remove(header::CONTENT_LENGTH);
    next.run(Request::from_parts(parts, Body::from(cleaned)))
        .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_lose_their_overrides_and_controls_only() {
        let body = b"name=a%E2%80%AEgnp.pdf&note=%D9%85%DB%8C%E2%80%8C%D8%AE%D9%88%D8%A7%D9%87%D9%85&q=%00x";
        let cleaned = String::from_utf8(clean_form(body).unwrap()).unwrap();
        let pairs: Vec<(String, String)> = form_urlencoded::parse(cleaned.as_bytes())
            .into_owned()
            .collect();
        assert_eq!(pairs[0], ("name".into(), "agnp.pdf".into()));
        assert_eq!(pairs[1].1, "می\u{200C}خواهم", "ZWNJ stays");
        assert_eq!(pairs[2].1, "x", "no NUL");
        let untouched = b"title=%D8%B3%D9%84%D8%A7%D9%85&x=1+2";
        assert_eq!(clean_form(untouched), None);
    }

    #[test]
    fn json_strings_lose_their_overrides() {
        let body = br#"{"title":"a\u202egnp","list":["\u2066x\u2069"],"n":3}"#;
        let value: serde_json::Value = serde_json::from_slice(&clean_json(body)).unwrap();
        assert_eq!(value["title"], "agnp");
        assert_eq!(value["list"][0], "x");
        assert_eq!(value["n"], 3);
        assert_eq!(clean_json(b"not json"), b"not json".to_vec());
    }
}
