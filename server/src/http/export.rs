//! `GET /export/{committees|organisations|capacities|proposals|projects|follow-up}.{csv|xlsx}`
//! for officials and admins: the directory and the work as spreadsheets, in the reader's
//! language (the language cookie), with Jalali dates. `volunteers` also for intermediaries'
//! representatives (their own volunteers; officials get identities masked). CSV carries a byte-order mark so Excel
//! reads the Persian text as UTF-8.
use crate::spreadsheets::{to_csv, to_xlsx};
use app::domain::codes::CapacityKind;
use app::domain::digits::parse_number;
use app::domain::permissions::{may, Action, Target};
use app::i18n::Locale;
use app::server::auth::caller::resolve;
use app::server::directory::export;
use app::server::export_table::file_name;
use app::server::state::AppState;
use app::server::today_iso;
use app::server::{projects, proposals};
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use tower_sessions::Session;

#[derive(Deserialize, Default)]
pub struct Filters {
    #[serde(default)]
    kind: String,
    #[serde(default)]
    neighbourhood: String,
}

pub(crate) fn locale_of(headers: &HeaderMap) -> Locale {
    let english = headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .any(|v| v.split(';').any(|c| c.trim() == "i18n_pref_locale=en"));
    if english {
        Locale::en
    } else {
        Locale::fa
    }
}

pub async fn download(
    State(state): State<AppState>,
    session: Session,
    Path(file): Path<String>,
    Query(filters): Query<Filters>,
    headers: HeaderMap,
) -> Response {
    let caller = match resolve(&state, &session).await {
        Ok(caller) => caller,
        Err(_) => return StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    };
    let Some(actor) = caller.map(|c| c.actor) else {
        return StatusCode::UNAUTHORIZED.into_response();
    };
    let Some((name, format)) = file.rsplit_once('.') else {
        return StatusCode::NOT_FOUND.into_response();
    };
    // The volunteers' table decides per row who sees what; the rest are officials' records.
    if name != "volunteers" && !may(Some(&actor), Action::SeeRecords, Target::Portal) {
        return StatusCode::FORBIDDEN.into_response();
    }
    let locale = locale_of(&headers);
    let table = match name {
        "committees" => export::committees(&state.db, locale).await,
        "organisations" => export::organisations(&state.db, locale).await,
        "capacities" => {
            let kind = CapacityKind::parse(&filters.kind);
            export::capacities(
                &state.db,
                locale,
                kind,
                parse_number(&filters.neighbourhood),
            )
            .await
        }
        "proposals" => proposals::export::table(&state.db, &actor, locale).await,
        "projects" => {
            projects::export::projects_table(&state.db, locale, state.settings.stalled).await
        }
        "follow-up" => {
            projects::export::follow_up_table(&state.db, &actor, locale, state.settings.stalled)
                .await
        }
        "volunteers" => app::server::volunteers::export::table(&state.db, &actor, locale).await,
        _ => return StatusCode::NOT_FOUND.into_response(),
    };
    let table = match table {
        Ok(table) => table,
        Err(app::api::AppError::Forbidden) => return StatusCode::FORBIDDEN.into_response(),
        Err(_) => return StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    };
    let (bytes, content_type) = match format {
        "csv" => (
            to_csv(&table).map_err(|e| e.to_string()),
            "text/csv; charset=utf-8",
        ),
        "xlsx" => (
            to_xlsx(&table).map_err(|e| e.to_string()),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ),
        _ => return StatusCode::NOT_FOUND.into_response(),
    };
    let bytes = match bytes {
        Ok(bytes) => bytes,
        Err(error) => {
            tracing::error!(%error, "export {file} failed");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    let disposition = format!(
        "attachment; filename=\"{}\"",
        file_name(&table, &today_iso(), format)
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
