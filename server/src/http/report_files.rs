//! `GET /reports/{id}/report.{xlsx|json}`: a frozen report as an Excel workbook (in the
//! reader's language) or as the JSON document the national headquarters merges with other
//! provinces' (its format is in the README). Public, like the report's page.
use crate::http::export::locale_of;
use crate::spreadsheets::to_workbook;
use app::server::reports::{export, frozen};
use app::server::state::AppState;
use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

pub async fn download(
    State(state): State<AppState>,
    Path((id, file)): Path<(String, String)>,
    headers: HeaderMap,
) -> Response {
    let Ok(id) = id.parse::<i64>() else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let report = match frozen(&state.db, id).await {
        Ok(report) => report,
        Err(app::api::AppError::NotFound) => return StatusCode::NOT_FOUND.into_response(),
        Err(_) => return StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    };
    let (bytes, content_type, extension) = match file.as_str() {
        "report.xlsx" => {
            let tables = export::tables(&report, locale_of(&headers));
            match to_workbook(&tables) {
                Ok(bytes) => (
                    bytes,
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    "xlsx",
                ),
                Err(error) => {
                    tracing::error!(%error, id, "a report's workbook failed");
                    return StatusCode::INTERNAL_SERVER_ERROR.into_response();
                }
            }
        }
        "report.json" => {
            let document = export::json(&report, &state.settings.province);
            match serde_json::to_vec_pretty(&document) {
                Ok(bytes) => (bytes, "application/json; charset=utf-8", "json"),
                Err(_) => return StatusCode::INTERNAL_SERVER_ERROR.into_response(),
            }
        }
        _ => return StatusCode::NOT_FOUND.into_response(),
    };
    let disposition = format!(
        "attachment; filename=\"{}\"",
        export::file_name(&report, extension)
    );
    (
        [
            (header::CONTENT_TYPE, HeaderValue::from_static(content_type)),
            (
                header::CONTENT_DISPOSITION,
                HeaderValue::from_str(&disposition)
                    .unwrap_or(HeaderValue::from_static("attachment")),
            ),
            (header::CACHE_CONTROL, HeaderValue::from_static("no-store")),
        ],
        bytes,
    )
        .into_response()
}
