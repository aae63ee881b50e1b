//! leptos answers every failed server function with 500. Give each failure its real status
//! (400 malformed, 401, 403, 404, 409, 422 invalid input) so clients, logs and monitoring can tell
//! the caller's mistakes from the server's.
use app::api::AppError;
use axum::body::{to_bytes, Body};
use axum::extract::Request;
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::Response;

/// Error bodies are small (issues are told once per field, echoes are bounded): far below this.
const MAX_ERROR_BODY: usize = 1024 * 1024;

/// The status for a server function's error body (anything unrecognised stays a 500), and
/// for a rate limit the seconds to wait.
pub fn status_of(body: &[u8]) -> (StatusCode, Option<u32>) {
    match serde_json::from_slice::<AppError>(body) {
        Ok(error) => (
            StatusCode::from_u16(error.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
            error.retry_after(),
        ),
        Err(_) => (StatusCode::INTERNAL_SERVER_ERROR, None),
    }
}

pub async fn real_error_status(request: Request, next: Next) -> Response {
    let is_server_fn = request.uri().path().starts_with("/api/");
    let response = next.run(request).await;
    if !is_server_fn || response.status() != StatusCode::INTERNAL_SERVER_ERROR {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let bytes = to_bytes(body, MAX_ERROR_BODY).await.unwrap_or_default();
    let (status, retry_after) = status_of(&bytes);
    parts.status = status;
    if let Some(seconds) = retry_after {
        parts
            .headers
            .insert(header::RETRY_AFTER, HeaderValue::from(seconds));
    }
    Response::from_parts(parts, Body::from(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;
    use app::domain::validation::{FieldIssue, FormErrors};
    use leptos::server_fn::error::FromServerFnError;

    #[test]
    fn maps_each_failure_to_its_status() {
        let body = |e: AppError| e.ser().to_vec();
        assert_eq!(
            status_of(&body(AppError::BadRequest)).0,
            StatusCode::BAD_REQUEST
        );
        assert_eq!(
            status_of(&body(AppError::Forbidden)).0,
            StatusCode::FORBIDDEN
        );
        assert_eq!(
            status_of(&body(AppError::Invalid(FormErrors::default()))),
            (StatusCode::UNPROCESSABLE_ENTITY, None)
        );
        let limited = AppError::invalid("form", FieldIssue::RateLimited(3));
        assert_eq!(
            status_of(&body(limited)),
            (StatusCode::TOO_MANY_REQUESTS, Some(180))
        );
        assert_eq!(status_of(b"not json").0, StatusCode::INTERNAL_SERVER_ERROR);
    }
}
