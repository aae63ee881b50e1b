//! What an uploaded file is, read from its bytes (never from its name or the browser's claim),
//! and whether it is within its size limits: bytes, and for an image its pixels, read from its
//! header alone (never decoding it).
use crate::domain::upload_issues::MAX_PIXELS;
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
    let mime = match infer::get(bytes).map(|kind| kind.mime_type()) {
        Some(mime) if allowed.contains(&mime) => mime,
        _ => return Err(wrong_type),
    };
    if mime.starts_with("image/") {
        // An image whose header cannot be read is no image we can show.
        let size = imagesize::blob_size(bytes).map_err(|_| wrong_type)?;
        if (size.width as u64).saturating_mul(size.height as u64) > MAX_PIXELS {
            return Err(FieldIssue::TooManyPixels((MAX_PIXELS / 1_000_000) as u32));
        }
    }
    Ok(mime)
}

/// The smallest files of each image type, with the size their header claims (for tests).
#[cfg(test)]
pub mod samples {
    pub fn png(width: u32, height: u32) -> Vec<u8> {
        let mut bytes = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
        bytes.extend(width.to_be_bytes());
        bytes.extend(height.to_be_bytes());
        bytes.extend(b"\x08\x02\0\0\0");
        bytes
    }

    pub fn jpeg(width: u16, height: u16) -> Vec<u8> {
        let mut bytes = vec![0xFF, 0xD8, 0xFF, 0xC0, 0x00, 0x11, 0x08];
        bytes.extend(height.to_be_bytes());
        bytes.extend(width.to_be_bytes());
        bytes.extend([0x03, 0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01]);
        bytes
    }

    pub fn webp(width: u32, height: u32) -> Vec<u8> {
        let mut bytes = b"RIFF\x1e\0\0\0WEBPVP8X\x0a\0\0\0\0\0\0\0".to_vec();
        bytes.extend(&(width - 1).to_le_bytes()[..3]);
        bytes.extend(&(height - 1).to_le_bytes()[..3]);
        bytes
    }
}

#[cfg(test)]
mod tests {
    use super::samples::{jpeg, png, webp};
    use super::*;

    #[test]
    fn huge_images_are_refused_from_their_header() {
        assert_eq!(
            recognise(&png(20_000, 20_000), 1024, IMAGES, FieldIssue::NotAnImage),
            Err(FieldIssue::TooManyPixels(40))
        );
        assert_eq!(
            recognise(&png(6_000, 6_000), 1024, IMAGES, FieldIssue::NotAnImage),
            Ok("image/png")
        );
        assert_eq!(
            recognise(&jpeg(60_000, 60_000), 1024, IMAGES, FieldIssue::NotAnImage),
            Err(FieldIssue::TooManyPixels(40))
        );
        assert_eq!(
            recognise(&webp(16_000, 16_000), 1024, IMAGES, FieldIssue::NotAnImage),
            Err(FieldIssue::TooManyPixels(40))
        );
        assert_eq!(
            recognise(
                &png(20_000, 20_000),
                1024,
                DOCUMENTS,
                FieldIssue::NotADocument
            ),
            Err(FieldIssue::TooManyPixels(40))
        );
        assert_eq!(
            recognise(b"%PDF-1.4", 1024, DOCUMENTS, FieldIssue::NotADocument),
            Ok("application/pdf")
        );
        // A header cut short says no size: no image we can show.
        assert_eq!(
            recognise(&png(1, 1)[..14], 1024, IMAGES, FieldIssue::NotAnImage),
            Err(FieldIssue::NotAnImage)
        );
    }
}
