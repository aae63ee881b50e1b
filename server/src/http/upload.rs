//! Reading the one file of a multipart upload form, where the form returns to, and the status
//! an upload's refusal gets.
use app::api::AppError;
use app::domain::upload_issues;
use app::domain::validation::FieldIssue;
use axum::body::Bytes;
use axum::extract::Multipart;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};

/// Stored bytes sent with their recorded content type.
pub fn typed(content_type: &str, bytes: Vec<u8>) -> Response {
    let mut response = bytes.into_response();
    let value = HeaderValue::from_str(content_type)
        .unwrap_or(HeaderValue::from_static("application/octet-stream"));
    response.headers_mut().insert(header::CONTENT_TYPE, value);
    response
}

/// A stored file opened by the data layer, or the status of why it could not be.
pub fn shown(opened: Result<(String, Vec<u8>), AppError>) -> Response {
    match opened {
        Ok((content_type, bytes)) => typed(&content_type, bytes),
        Err(error) => status(&error).into_response(),
    }
}

/// Back to the page the form was on (`page`, its `#section`); a problem with the file travels
/// in the address as `{field}_error` with a short code the page turns into a sentence, with
/// `also` (`&name=value`) when the page needs to know which of its forms it was.
pub fn returned(
    page: &str,
    section: &str,
    field: &str,
    issue: Option<FieldIssue>,
    also: &str,
) -> Response {
    match issue {
        None => Redirect::to(&format!("{page}#{section}")),
        Some(issue) => Redirect::to(&format!(
            "{page}?{field}_error={}{also}#{section}",
            upload_issues::code(issue)
        )),
    }
    .into_response()
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
