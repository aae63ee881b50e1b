//! `POST /proposals/{id}/documents` (a multipart form with a `document` file) attaches a
//! supporting document for the proposer, then returns to the proposal's page, with the file's
//! problem in the address when there is one. `GET /documents/{id}` sends a document to those
//! who may see its proposal, as a download.
use super::upload::{file_field, returned, status};
use app::api::AppError;
use app::domain::validation::FieldIssue;
use app::server::auth::caller::resolve;
use app::server::proposals::documents;
use app::server::state::AppState;
use axum::extract::{Multipart, Path, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use tower_sessions::Session;

pub async fn download(
    State(state): State<AppState>,
    session: Session,
    Path(id): Path<i64>,
) -> Response {
    let actor = match resolve(&state, &session).await {
        Ok(caller) => caller.map(|c| c.actor),
        Err(_) => return StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    };
    match documents::open(&state.db, &state.settings.files_dir, actor.as_ref(), id).await {
        Ok((doc, bytes)) => {
            let mut response = bytes.into_response();
            let headers = response.headers_mut();
            let content_type = HeaderValue::from_str(&doc.content_type)
                .unwrap_or(HeaderValue::from_static("application/octet-stream"));
            headers.insert(header::CONTENT_TYPE, content_type);
            // The name is sent percent-encoded (RFC 6266), so Persian names survive.
            let encoded = app::ui::components::pager::urlencode(&doc.file_name);
            if let Ok(value) = HeaderValue::from_str(&format!(
                "attachment; filename=\"document\"; filename*=UTF-8''{encoded}"
            )) {
                headers.insert(header::CONTENT_DISPOSITION, value);
            }
            response
        }
        Err(error) => status(&error).into_response(),
    }
}

pub async fn attach(
    State(state): State<AppState>,
    session: Session,
    Path(id): Path<i64>,
    mut form: Multipart,
) -> Response {
    let Ok(Some(caller)) = resolve(&state, &session).await else {
        return StatusCode::UNAUTHORIZED.into_response();
    };
    let Ok((name, bytes)) = file_field(&mut form, "document").await else {
        return back(id, Some(FieldIssue::FileTooLarge(0)));
    };
    let files = &state.settings.files_dir;
    match documents::attach(&state.db, files, &caller.actor, id, &name, &bytes).await {
        Ok(_) => back(id, None),
        Err(AppError::Invalid(errors)) => back(id, errors.get("document")),
        Err(error) => status(&error).into_response(),
    }
}

/// Back to the proposal's documents.
fn back(id: i64, issue: Option<FieldIssue>) -> Response {
    returned(
        &format!("/proposals/{id}"),
        "documents-h",
        "document",
        issue,
        "",
    )
}
