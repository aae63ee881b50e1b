//! Reading the one file of a multipart upload form, and the status an upload's refusal gets.
use app::api::AppError;
use axum::body::Bytes;
use axum::extract::Multipart;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

/// Stored bytes sent with their recorded content type.
pub fn typed(content_type: &str, bytes: Vec<u8>) -> Response {
    let mut response = bytes.into_response();
    let value = HeaderValue::from_str(content_type)
        .unwrap_or(HeaderValue::from_static("application/octet-stream"));
    response.headers_mut().insert(header::CONTENT_TYPE, value);
    response
}

pub fn status(error: &AppError) -> StatusCode {
    StatusCode::from_u16(error.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
}

/// The body was larger than the route's limit (the stream ends early).
pub struct TooLarge;

/// The name and bytes of the file sent as `field` (empty when none was sent).
pub async fn file_field(form: &mut Multipart, field: &str) -> Result<(String, Bytes), TooLarge> {
    let mut file = None;
    loop {
        match form.next_field().await {
            Ok(Some(part)) if part.name() == Some(field) => {
                let name = part.file_name().unwrap_or_default().to_string();
                file = Some((name, part.bytes().await.map_err(|_| TooLarge)?));
            }
            Ok(Some(_)) => {}
            Ok(None) => return Ok(file.unwrap_or_default()),
            Err(_) => return Err(TooLarge),
        }
    }
}
