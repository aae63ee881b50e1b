//! What an uploaded file is, read from its bytes (never from its name or the browser's claim),
//! and whether it is within its size limit.
use crate::domain::validation::FieldIssue;

pub const IMAGES: &[&str] = &["image/png", "image/jpeg", "image/webp"];
pub const DOCUMENTS: &[&str] = &["application/pdf", "image/png", "image/jpeg", "image/webp"];

/// The file's type if it is one of `allowed` and at most `max_bytes`; otherwise the issue
/// to show beside the field (`wrong_type` when it is of another type).
pub fn recognise(
    bytes: &[u8],
    max_bytes: usize,
    allowed: &[&str],
    wrong_type: FieldIssue,
) -> Result<&'static str, FieldIssue> {
    if bytes.is_empty() {
        return Err(FieldIssue::Required);
    }
    if bytes.len() > max_bytes {
        return Err(FieldIssue::FileTooLarge((max_bytes / 1024) as u32));
    }
    match infer::get(bytes).map(|kind| kind.mime_type()) {
        Some(mime) if allowed.contains(&mime) => Ok(mime),
        _ => Err(wrong_type),
    }
}
