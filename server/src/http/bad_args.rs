//! A server-function call whose arguments do not parse (missing field, text where a number
//! belongs) is the caller's mistake: answer 400, not the 500 leptos gives it.
use axum::body::{to_bytes, Body};
use axum::extract::Request;
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::Response;

const MAX_ERROR_BODY: usize = 64 * 1024;

pub fn is_argument_error(body: &[u8]) -> bool {
    body.starts_with(b"Args|") || body.starts_with(b"Deserialization|")
}

pub async fn bad_arguments_are_400(request: Request, next: Next) -> Response {
    let is_server_fn = request.uri().path().starts_with("/api/");
    let response = next.run(request).await;
    if !is_server_fn || response.status() != StatusCode::INTERNAL_SERVER_ERROR {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let bytes = to_bytes(body, MAX_ERROR_BODY).await.unwrap_or_default();
    if is_argument_error(&bytes) {
        parts.status = StatusCode::BAD_REQUEST;
    }
    Response::from_parts(parts, Body::from(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_argument_errors() {
        assert!(is_argument_error(b"Args|invalid digit found in string"));
        assert!(is_argument_error(b"Deserialization|missing field"));
        assert!(!is_argument_error(b"ServerError|internal error"));
    }
}
