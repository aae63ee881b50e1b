//! `GET /organisations/{id}/logo` serves an organisation's logo to those who may see the
//! organisation; `POST` (a multipart form with a `logo` file, or `remove`) changes it for its
//! representatives and officials, then returns to the edit page, with the field's problem in
//! the address when there is one.
use super::upload::{returned, shown, status};
use app::api::AppError;
use app::domain::validation::FieldIssue;
use app::server::auth::caller::resolve;
use app::server::directory::logos;
use app::server::state::AppState;
use axum::extract::{Multipart, Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use tower_sessions::Session;

pub async fn show(
    State(state): State<AppState>,
    session: Session,
    Path(id): Path<i64>,
) -> Response {
    let actor = match resolve(&state, &session).await {
        Ok(caller) => caller.map(|c| c.actor),
        Err(_) => return StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    };
    shown(logos::get(&state.db, actor.as_ref(), id).await)
}

pub async fn change(
    State(state): State<AppState>,
    session: Session,
    Path(id): Path<i64>,
    mut form: Multipart,
) -> Response {
    let Ok(Some(caller)) = resolve(&state, &session).await else {
        return StatusCode::UNAUTHORIZED.into_response();
    };
    let (mut file, mut remove) = (None, false);
    loop {
        match form.next_field().await {
            Ok(Some(field)) => match field.name() {
                Some("logo") => match field.bytes().await {
                    Ok(bytes) => file = Some(bytes),
                    Err(_) => return back(id, Some(FieldIssue::FileTooLarge(0))),
                },
                Some("remove") => remove = true,
                _ => {}
            },
            Ok(None) => break,
            // A body over the limit ends the stream early.
            Err(_) => return back(id, Some(FieldIssue::FileTooLarge(0))),
        }
    }
    let result = if remove {
        logos::remove(&state.db, &caller.actor, id).await
    } else {
        logos::set(
            &state.db,
            &caller.actor,
            id,
            file.as_deref().unwrap_or_default(),
        )
        .await
    };
    match result {
        Ok(()) => back(id, None),
        Err(AppError::Invalid(errors)) => back(id, errors.get("logo")),
        Err(error) => status(&error).into_response(),
    }
}

/// Back to the edit form's logo.
fn back(id: i64, issue: Option<FieldIssue>) -> Response {
    returned(
        &format!("/organisations/{id}/edit"),
        "logo-h",
        "logo",
        issue,
        "",
    )
}
