//! An upload's problem as a short code: files go through plain multipart forms (not server
//! functions), which answer with a redirect back to the page, the problem in its address. The
//! handlers and the pages share this one table.
use super::validation::FieldIssue;

/// The most pixels an uploaded image may have (a small PNG can unpack to gigabytes).
pub const MAX_PIXELS: u64 = 40_000_000;

pub fn code(issue: FieldIssue) -> &'static str {
    match issue {
        FieldIssue::Required => "required",
        FieldIssue::FileTooLarge(_) => "too_large",
        FieldIssue::TooManyFiles(_) => "too_many",
        FieldIssue::TooManyPixels(_) => "too_many_pixels",
        FieldIssue::NotADocument => "not_document",
        _ => "not_image",
    }
}

/// The issue behind `code`, for an upload of at most `max_kb` kilobytes and `max_files` files.
pub fn issue(code: &str, max_kb: u32, max_files: u32) -> Option<FieldIssue> {
    Some(match code {
        "required" => FieldIssue::Required,
        "too_large" => FieldIssue::FileTooLarge(max_kb),
        "too_many" => FieldIssue::TooManyFiles(max_files),
        "too_many_pixels" => FieldIssue::TooManyPixels((MAX_PIXELS / 1_000_000) as u32),
        "not_document" => FieldIssue::NotADocument,
        "not_image" => FieldIssue::NotAnImage,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_reads_back() {
        for issue in [
            FieldIssue::Required,
            FieldIssue::FileTooLarge(300),
            FieldIssue::TooManyFiles(5),
            FieldIssue::TooManyPixels(40),
            FieldIssue::NotADocument,
            FieldIssue::NotAnImage,
        ] {
            assert_eq!(super::issue(code(issue), 300, 5), Some(issue));
        }
        assert_eq!(super::issue("<b>", 300, 5), None);
    }
}
