//! `GET /meetings/{id}/invitation.ics`: the meeting's calendar invitation, for those who may
//! read the meeting, as a download.
use super::upload::status;
use app::server::auth::caller::resolve;
use app::server::meetings::invitation;
use app::server::state::AppState;
use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use tower_sessions::Session;

pub async fn download(
    State(state): State<AppState>,
    session: Session,
    headers: HeaderMap,
    Path(id): Path<i64>,
) -> Response {
    let actor = match resolve(&state, &session).await {
        Ok(caller) => caller.map(|c| c.actor),
        Err(_) => return StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    };
    // Links in the file lead to the configured address, else to the one this request used.
    let origin = state.settings.public_origin.clone().unwrap_or_else(|| {
        headers
            .get(header::HOST)
            .and_then(|h| h.to_str().ok())
            .filter(|h| {
                h.chars()
                    .all(|c| c.is_ascii_alphanumeric() || ".-:[]".contains(c))
            })
            .map(|h| format!("http://{h}"))
            .unwrap_or_default()
    });
    match invitation::for_caller(&state.db, actor.as_ref(), id, &origin).await {
        Ok(ics) => {
            let mut response = ics.into_response();
            let headers = response.headers_mut();
            headers.insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/calendar; charset=utf-8"),
            );
            headers.insert(
                header::CONTENT_DISPOSITION,
                HeaderValue::from_static("attachment; filename=\"meeting.ics\""),
            );
            response
        }
        Err(error) => status(&error).into_response(),
    }
}
