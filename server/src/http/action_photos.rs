//! `POST /actions/{id}/photos` (a multipart form with a `photo` file) adds a photo to a local
//! action for those who run it, `POST /action-photos/{id}/remove` removes one, and
//! `GET /action-photos/{id}` shows it. Both forms return to the action's page, a problem in the
//! address as `photo_error`.
use super::upload::{file_field, returned, shown, status};
use app::api::AppError;
use app::domain::validation::FieldIssue;
use app::server::actions::photos;
use app::server::auth::caller::resolve;
use app::server::state::AppState;
use axum::extract::{Multipart, Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use tower_sessions::Session;

pub async fn show(State(state): State<AppState>, Path(id): Path<i64>) -> Response {
    shown(photos::open(&state.db, &state.settings.files_dir, id).await)
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
    let Ok((_, bytes)) = file_field(&mut form, "photo").await else {
        return back(id, Some(FieldIssue::FileTooLarge(0)));
    };
    let files = &state.settings.files_dir;
    match photos::attach(&state.db, files, &caller.actor, id, &bytes).await {
        Ok(_) => back(id, None),
        Err(AppError::Invalid(errors)) => back(id, errors.get("photo")),
        Err(error) => status(&error).into_response(),
    }
}

pub async fn remove(
    State(state): State<AppState>,
    session: Session,
    Path(id): Path<i64>,
) -> Response {
    let Ok(Some(caller)) = resolve(&state, &session).await else {
        return StatusCode::UNAUTHORIZED.into_response();
    };
    match photos::remove(&state.db, &state.settings.files_dir, &caller.actor, id).await {
        Ok(action) => back(action, None),
        Err(error) => status(&error).into_response(),
    }
}

/// Back to the action's photos.
fn back(id: i64, issue: Option<FieldIssue>) -> Response {
    returned(&format!("/actions/{id}"), "photos-h", "photo", issue, "")
}
