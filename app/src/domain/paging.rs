//! Page numbers taken from addresses and forms: any number is accepted and clamped, so a
//! huge or negative page finds an empty page rather than overflowing an offset.

/// Far past any real list; keeps `(page - 1) * per_page` well inside `i64`.
pub const MAX_PAGE: i64 = 1_000_000;

/// `page` clamped to `1..=MAX_PAGE`.
pub fn page_number(page: i64) -> i64 {
    page.clamp(1, MAX_PAGE)
}

/// How many pages `total` rows fill at `per_page` a page (an empty list is one empty page).
pub fn page_count(total: i64, per_page: i64) -> i64 {
    ((total + per_page - 1) / per_page).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clamps() {
        assert_eq!(page_number(i64::MIN), 1);
        assert_eq!(page_number(0), 1);
        assert_eq!(page_number(7), 7);
        assert_eq!(page_number(i64::MAX), MAX_PAGE);
        assert!((page_number(i64::MAX) - 1).checked_mul(1000).is_some());
    }

    #[test]
    fn counts_pages() {
        assert_eq!(page_count(0, 25), 1);
        assert_eq!(page_count(25, 25), 1);
        assert_eq!(page_count(26, 25), 2);
    }
}
