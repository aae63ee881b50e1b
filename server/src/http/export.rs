//! `GET /export/{committees|organisations|capacities|proposals|projects|follow-up}.{csv|xlsx}`
//! for officials and admins: the directory and the work as spreadsheets, in the reader's
//! language (the language cookie), with Jalali dates. CSV carries a byte-order mark so Excel
//! reads the Persian text as UTF-8.
use app::domain::codes::CapacityKind;
use app::domain::digits::parse_number;
use app::domain::permissions::{may, Action, Target};
use app::i18n::Locale;
use app::server::auth::caller::resolve;
use app::server::directory::export::{self, Table};
use app::server::state::AppState;
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

fn locale_of(headers: &HeaderMap) -> Locale {
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
    if !may(Some(&actor), Action::SeeRecords, Target::Portal) {
        return StatusCode::FORBIDDEN.into_response();
    }
    let Some((name, format)) = file.rsplit_once('.') else {
        return StatusCode::NOT_FOUND.into_response();
    };
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
        _ => return StatusCode::NOT_FOUND.into_response(),
    };
    let Ok(table) = table else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
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
    let disposition = format!("attachment; filename=\"tavana-{}.{format}\"", table.name);
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

pub fn to_csv(table: &Table) -> Result<Vec<u8>, csv::Error> {
    let mut writer = csv::Writer::from_writer(b"\xEF\xBB\xBF".to_vec());
    writer.write_record(&table.headers)?;
    for row in &table.rows {
        writer.write_record(row)?;
    }
    writer.into_inner().map_err(|e| e.into_error().into())
}

pub fn to_xlsx(table: &Table) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    use rust_xlsxwriter::{Format, Workbook};
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name(table.name)?;
    // Persian reads right to left: the sheet does too.
    sheet.set_right_to_left(true);
    let bold = Format::new().set_bold();
    for (col, header) in table.headers.iter().enumerate() {
        sheet.write_string_with_format(0, col as u16, header, &bold)?;
        sheet.set_column_width(col as u16, 22)?;
    }
    for (r, row) in table.rows.iter().enumerate() {
        for (col, value) in row.iter().enumerate() {
            let (r, c) = (r as u32 + 1, col as u16);
            // Whole numbers stay numbers, so the sheet can sum and sort them.
            match value.parse::<f64>() {
                Ok(n) if !value.is_empty() && !value.starts_with('0') => {
                    sheet.write_number(r, c, n)?
                }
                _ => sheet.write_string(r, c, value)?,
            };
        }
    }
    workbook.save_to_buffer()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table() -> Table {
        Table {
            name: "capacities",
            headers: vec!["سازمان".into(), "مقدار".into()],
            rows: vec![vec!["انجمن، \"نمونه\"".into(), "40".into()]],
        }
    }

    #[test]
    fn csv_has_a_bom_and_quotes_what_needs_it() {
        let bytes = to_csv(&table()).unwrap();
        assert!(bytes.starts_with(b"\xEF\xBB\xBF"));
        let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
        assert_eq!(text, "سازمان,مقدار\n\"انجمن، \"\"نمونه\"\"\",40\n");
    }

    #[test]
    fn xlsx_is_a_zip_workbook() {
        let bytes = to_xlsx(&table()).unwrap();
        assert!(bytes.starts_with(b"PK"), "xlsx files are zip archives");
    }
}
