//! leptos answers every failed server function with 500. Give each failure its real status
//! (400 malformed, 401, 403, 404, 409, 422 invalid input) so clients, logs and monitoring can tell
//! the caller's mistakes from the server's.
use app::api::AppError;
use axum::body::{to_bytes, Body};
use axum::extract::Request;
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::Response;

const MAX_ERROR_BODY: usize = 64 * 1024;

/// The status for a server function's error body; anything unrecognised stays a 500.
pub fn status_of(body: &[u8]) -> StatusCode {
    serde_json::from_slice::<AppError>(body)
        .ok()
        .and_then(|error| StatusCode::from_u16(error.status()).ok())
        .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
}

pub async fn real_error_status(request: Request, next: Next) -> Response {
    let is_server_fn = request.uri().path().starts_with("/api/");
    let response = next.run(request).await;
    if !is_server_fn || response.status() != StatusCode::INTERNAL_SERVER_ERROR {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let bytes = to_bytes(body, MAX_ERROR_BODY).await.unwrap_or_default();
    parts.status = status_of(&bytes);
    Response::from_parts(parts, Body::from(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;
    use app::domain::validation::FormErrors;
    use leptos::server_fn::error::FromServerFnError;

    #[test]
    fn maps_each_failure_to_its_status() {
        let body = |e: AppError| e.ser().to_vec();
        assert_eq!(
            status_of(&body(AppError::BadRequest)),
            StatusCode::BAD_REQUEST
        );
        assert_eq!(status_of(&body(AppError::Forbidden)), StatusCode::FORBIDDEN);
        assert_eq!(
            status_of(&body(AppError::Invalid(FormErrors::default()))),
            StatusCode::UNPROCESSABLE_ENTITY
        );
        assert_eq!(status_of(b"not json"), StatusCode::INTERNAL_SERVER_ERROR);
    }
}
