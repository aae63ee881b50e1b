//! The few figures the officials' dashboard derives from counts: a median and a share.

/// The median of `values`, rounded to the nearest whole (halves up); `None` when empty.
pub fn median(values: &[i64]) -> Option<i64> {
    let mut sorted = values.to_vec();
    sorted.sort_unstable();
    let n = sorted.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(sorted[n / 2]),
        _ => {
            let (a, b) = (sorted[n / 2 - 1], sorted[n / 2]);
            // Halves round up: (a + b + 1) / 2 without overflow for the sizes we see.
            Some((a + b + 1).div_euclid(2))
        }
    }
}

/// `part` as a whole percentage of `whole`, rounded to nearest; `None` when `whole` is zero.
pub fn percent_of(part: i64, whole: i64) -> Option<i64> {
    (whole > 0).then(|| (part * 200 + whole) / (2 * whole))
}

/// Whole days between two Unix-millisecond instants (never negative).
pub fn days_between(from_ms: i64, to_ms: i64) -> i64 {
    (to_ms - from_ms).max(0) / 86_400_000
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn median_of_odd_and_even_counts() {
        assert_eq!(median(&[]), None);
        assert_eq!(median(&[7]), Some(7));
        assert_eq!(median(&[9, 1, 5]), Some(5));
        assert_eq!(median(&[1, 2, 3, 10]), Some(3), "2.5 rounds up");
        assert_eq!(median(&[4, 2]), Some(3));
    }

    #[test]
    fn percent_rounds_to_nearest_and_refuses_nothing() {
        assert_eq!(percent_of(1, 0), None);
        assert_eq!(percent_of(0, 5), Some(0));
        assert_eq!(percent_of(1, 3), Some(33));
        assert_eq!(percent_of(2, 3), Some(67));
        assert_eq!(percent_of(3, 3), Some(100));
    }

    #[test]
    fn days_are_whole_and_never_negative() {
        assert_eq!(days_between(0, 86_400_000 * 3 - 1), 2);
        assert_eq!(days_between(86_400_000, 0), 0);
    }
}
