//! A table for the officials' exports (CSV, Excel). Each column declares what it holds, so a
//! writer never guesses: text stays text (a phone number keeps its `+`, an 18-digit
//! registration number all its digits, a name starting with `=` is no formula), and numbers
//! come only from numeric fields.
use crate::domain::directory_rules::parse_iso;
use crate::domain::jalali::JalaliDate;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Text,
    /// A count or an id.
    Integer,
    /// Rials.
    Money,
    /// A whole percent, 0 to 100.
    Percent,
    /// A Jalali day, written `1405/09/09` (spreadsheets know no Jalali dates).
    Date,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Column {
    pub header: String,
    pub kind: Kind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    Text(String),
    Number(i64),
    Empty,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Table {
    /// The file name's start, and the sheet name.
    pub name: &'static str,
    pub columns: Vec<Column>,
    pub rows: Vec<Vec<Value>>,
}

impl Table {
    pub fn new(name: &'static str, columns: &[(&str, Kind)]) -> Table {
        Table {
            name,
            columns: columns
                .iter()
                .map(|(header, kind)| Column {
                    header: header.to_string(),
                    kind: *kind,
                })
                .collect(),
            rows: Vec::new(),
        }
    }

    pub fn with_rows(mut self, rows: Vec<Vec<Value>>) -> Table {
        self.rows = rows;
        self
    }
}

pub fn text(value: impl Into<String>) -> Value {
    Value::Text(value.into())
}

pub fn number(value: Option<i64>) -> Value {
    value.map_or(Value::Empty, Value::Number)
}

/// A stored ISO day as a Jalali one.
pub fn day(iso: Option<&str>) -> Value {
    iso.and_then(parse_iso)
        .and_then(JalaliDate::from_gregorian)
        .map_or(Value::Empty, |d| Value::Text(d.to_numeric()))
}

/// A moment (Unix ms) as its Jalali day in Iran.
pub fn date_of(ms: Option<i64>) -> Value {
    ms.and_then(JalaliDate::from_unix_ms)
        .map_or(Value::Empty, |d| Value::Text(d.to_numeric()))
}

/// The file name of an export made on `today` (ISO): `projects-1405-09-09.xlsx`.
pub fn file_name(table: &Table, today: &str, extension: &str) -> String {
    let jalali = parse_iso(today)
        .and_then(JalaliDate::from_gregorian)
        .map(|d| d.to_numeric().replace('/', "-"))
        .unwrap_or_default();
    format!("{}-{jalali}.{extension}", table.name)
}

/// A text cell as a spreadsheet will not run it: one starting with `=`, `+`, `-`, `@`, TAB or
/// CR would be read as a formula, so it gets a leading apostrophe.
pub fn neutralised(text: &str) -> std::borrow::Cow<'_, str> {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        std::borrow::Cow::Owned(format!("'{text}"))
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised() {
        for bad in [
            "=HYPERLINK(\"x\")",
            "+98912",
            "-1",
            "@SUM(A1)",
            "\tx",
            "\rx",
        ] {
            assert!(neutralised(bad).starts_with('\''), "{bad:?}");
        }
        // Persian test words as escapes (Persian that people read lives in the locale files).
        assert_eq!(
            neutralised("\u{0627}\u{0646}\u{062C}\u{0645}\u{0646}"),
            "\u{0627}\u{0646}\u{062C}\u{0645}\u{0646}"
        );
        assert_eq!(neutralised("a=b"), "a=b");
    }

    #[test]
    fn files_carry_the_jalali_day() {
        let table = Table::new("projects", &[]);
        assert_eq!(
            file_name(&table, "2026-11-30", "xlsx"),
            "projects-1405-09-09.xlsx"
        );
    }

    #[test]
    fn days_and_numbers() {
        assert_eq!(day(Some("2026-11-30")), text("1405/09/09"));
        assert_eq!(day(None), Value::Empty);
        assert_eq!(number(None), Value::Empty);
        assert_eq!(number(Some(3)), Value::Number(3));
    }
}
