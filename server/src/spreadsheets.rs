//! An export table written as a file: CSV (with a byte-order mark, so Excel reads Persian as
//! UTF-8) or a real Excel workbook. Each column's declared kind decides how its cells are
//! written; text is never read as a number or run as a formula.
use app::server::export_table::{neutralised, Kind, Table, Value};
use rust_xlsxwriter::{Format, FormatAlign, Workbook, XlsxError};

fn csv_cell(kind: Kind, value: &Value) -> String {
    match (kind, value) {
        (_, Value::Empty) => String::new(),
        (Kind::Text | Kind::Date, Value::Text(text)) => neutralised(text).into_owned(),
        (_, Value::Number(n)) => n.to_string(),
        // A number column holding text: still no formula.
        (_, Value::Text(text)) => neutralised(text).into_owned(),
    }
}

pub fn to_csv(table: &Table) -> Result<Vec<u8>, csv::Error> {
    let mut writer = csv::Writer::from_writer(b"\xEF\xBB\xBF".to_vec());
    let headers = table.columns.iter().map(|c| neutralised(&c.header));
    writer.write_record(headers.map(|h| h.into_owned()))?;
    for row in &table.rows {
        let cells = table
            .columns
            .iter()
            .zip(row)
            .map(|(column, value)| csv_cell(column.kind, value));
        writer.write_record(cells)?;
    }
    writer.into_inner().map_err(|e| e.into_error().into())
}

/// The widest a column is made, in characters (long descriptions wrap instead).
const WIDEST: f64 = 60.0;

pub fn to_xlsx(table: &Table) -> Result<Vec<u8>, XlsxError> {
    to_workbook(std::slice::from_ref(table))
}

/// A workbook with a sheet per table (a report's parts).
pub fn to_workbook(tables: &[Table]) -> Result<Vec<u8>, XlsxError> {
    let mut workbook = Workbook::new();
    for table in tables {
        write_sheet(workbook.add_worksheet(), table)?;
    }
    workbook.save_to_buffer()
}

fn write_sheet(sheet: &mut rust_xlsxwriter::Worksheet, table: &Table) -> Result<(), XlsxError> {
    sheet.set_name(table.name)?;
    // Persian reads right to left: the sheet does too.
    sheet.set_right_to_left(true);
    let header = Format::new().set_bold().set_align(FormatAlign::Center);
    let whole = Format::new().set_num_format("#,##0");
    let percent = Format::new().set_num_format("0%");
    let plain = Format::new();
    let last_col = table.columns.len().saturating_sub(1) as u16;
    for (col, column) in table.columns.iter().enumerate() {
        sheet.write_string_with_format(0, col as u16, &column.header, &header)?;
    }
    for (r, row) in table.rows.iter().enumerate() {
        let r = r as u32 + 1;
        for (col, (column, value)) in table.columns.iter().zip(row).enumerate() {
            let c = col as u16;
            match (column.kind, value) {
                (_, Value::Empty) => {}
                (Kind::Integer | Kind::Money, Value::Number(n)) => {
                    sheet.write_number_with_format(r, c, *n as f64, &whole)?;
                }
                (Kind::Percent, Value::Number(n)) => {
                    sheet.write_number_with_format(r, c, *n as f64 / 100.0, &percent)?;
                }
                (_, Value::Number(n)) => {
                    sheet.write_string_with_format(r, c, n.to_string(), &plain)?;
                }
                (_, Value::Text(text)) => {
                    sheet.write_string_with_format(r, c, text, &plain)?;
                }
            }
        }
    }
    if !table.columns.is_empty() {
        sheet.set_freeze_panes(1, 0)?;
        sheet.autofilter(0, 0, table.rows.len() as u32, last_col)?;
        sheet.autofit();
        for (col, column) in table.columns.iter().enumerate() {
            let widest = table
                .rows
                .iter()
                .filter_map(|row| match row.get(col) {
                    Some(Value::Text(t)) => Some(t.chars().count()),
                    Some(Value::Number(n)) => Some(n.to_string().len() + 3),
                    _ => None,
                })
                .chain([column.header.chars().count() + 4])
                .max()
                .unwrap_or(8) as f64;
            sheet.set_column_width(col as u16, widest.clamp(8.0, WIDEST))?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use app::server::export_table::{number, text};

    fn table() -> Table {
        Table::new(
            "organisations",
            &[
                ("نام", Kind::Text),
                ("تلفن", Kind::Text),
                ("شمارهٔ ثبت", Kind::Text),
                ("بودجه", Kind::Money),
                ("پیشرفت", Kind::Percent),
                ("روز", Kind::Date),
            ],
        )
        .with_rows(vec![vec![
            text("=HYPERLINK(\"http://evil.example\",\"x\")"),
            text("+989121234567"),
            text("123456789012345678"),
            number(Some(1_500_000_000)),
            number(Some(45)),
            text("1405/09/09"),
        ]])
    }

    #[test]
    fn csv_neutralises_formulas_and_keeps_text() {
        let bytes = to_csv(&table()).unwrap();
        assert!(bytes.starts_with(b"\xEF\xBB\xBF"));
        let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
        let row = text.lines().nth(1).unwrap();
        assert_eq!(
            row,
            "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",'+989121234567,123456789012345678,1500000000,45,1405/09/09"
        );
    }

    #[test]
    fn xlsx_is_a_zip_workbook() {
        let bytes = to_xlsx(&table()).unwrap();
        assert!(bytes.starts_with(b"PK"), "xlsx files are zip archives");
        let empty = Table::new("projects", &[("x", Kind::Text)]);
        assert!(to_xlsx(&empty).unwrap().starts_with(b"PK"));
        let book = to_workbook(&[table(), Table::new("kinds", &[("x", Kind::Integer)])]).unwrap();
        assert!(book.starts_with(b"PK"));
    }
}
