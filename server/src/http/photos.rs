//! `POST /projects/{id}/updates/{update}/photo` (a multipart form with a `photo` file) attaches
//! a photo to a progress report for the lead and partners, then returns to the project's page,
//! with the file's problem in the address when there is one. `GET /photos/{update}` shows it.
use super::upload::{file_field, returned, shown, status};
use app::api::AppError;
use app::domain::validation::FieldIssue;
use app::server::auth::caller::resolve;
use app::server::projects::photos;
use app::server::state::AppState;
use axum::extract::{Multipart, Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use tower_sessions::Session;

pub async fn show(State(state): State<AppState>, Path(update): Path<i64>) -> Response {
    shown(photos::open(&state.db, &state.settings.files_dir, update).await)
}

pub async fn attach(
    State(state): State<AppState>,
    session: Session,
    Path((id, update)): Path<(i64, i64)>,
    mut form: Multipart,
) -> Response {
    let Ok(Some(caller)) = resolve(&state, &session).await else {
        return StatusCode::UNAUTHORIZED.into_response();
    };
    let Ok((_, bytes)) = file_field(&mut form, "photo").await else {
        return back(id, update, Some(FieldIssue::FileTooLarge(0)));
    };
    let files = &state.settings.files_dir;
    match photos::attach(&state.db, files, &caller.actor, id, update, &bytes).await {
        Ok(()) => back(id, update, None),
        Err(AppError::Invalid(errors)) => back(id, update, errors.get("photo")),
        Err(error) => status(&error).into_response(),
    }
}

/// Back to the project's journey; a problem names the report it was for.
fn back(id: i64, update: i64, issue: Option<FieldIssue>) -> Response {
    let page = format!("/projects/{id}");
    returned(
        &page,
        "journey-h",
        "photo",
        issue,
        &format!("&update={update}"),
    )
}
