//! A weekly grid of times: seven days (the Iranian week, Saturday first) by three parts of the
//! day. Volunteers mark when they are free; centres' requests and shifts mark when they need
//! someone. Stored as one whole number, one bit per cell, so overlaps are a single AND.
use serde::{Deserialize, Serialize};

pub const DAYS: u32 = 7;
pub const PARTS: u32 = 3;

/// The form value of one cell ("3-1" is Tuesday afternoon), shared by the grid the page
/// draws and the server that reads it back.
pub fn cell_value(day: u32, part: u32) -> String {
    format!("{day}-{part}")
}

/// A cell's value (`day-part`) read back, if it is one of the grid's.
fn cell(value: &str) -> Option<(u32, u32)> {
    let (day, part) = value.split_once('-')?;
    let (day, part) = (day.parse().ok()?, part.parse().ok()?);
    (day < DAYS && part < PARTS).then_some((day, part))
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Week(pub u32);

impl Week {
    pub const EMPTY: Week = Week(0);
    pub const ALL: Week = Week((1 << (DAYS * PARTS)) - 1);

    fn bit(day: u32, part: u32) -> u32 {
        1 << (day * PARTS + part)
    }

    /// The grid from stored bits; bits outside the grid are dropped.
    pub fn from_bits(bits: i64) -> Week {
        Week((bits as u32) & Week::ALL.0)
    }

    pub fn with(self, day: u32, part: u32) -> Week {
        if day < DAYS && part < PARTS {
            Week(self.0 | Week::bit(day, part))
        } else {
            self
        }
    }

    pub fn has(self, day: u32, part: u32) -> bool {
        day < DAYS && part < PARTS && self.0 & Week::bit(day, part) != 0
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// How many cells are marked.
    pub fn cells(self) -> u32 {
        self.0.count_ones()
    }

    /// The cells both grids mark.
    pub fn overlap(self, other: Week) -> Week {
        Week(self.0 & other.0)
    }

    /// The grid a submitted form marks: the values of the checked cells (others ignored).
    pub fn from_values<'a>(checked: impl IntoIterator<Item = &'a str>) -> Week {
        checked
            .into_iter()
            .filter_map(cell)
            .fold(Week::EMPTY, |week, (day, part)| week.with(day, part))
    }

    /// The same, but `None` when a value is not a cell of the grid (a form not ours).
    pub fn checked_values<'a>(checked: impl IntoIterator<Item = &'a str>) -> Option<Week> {
        checked.into_iter().try_fold(Week::EMPTY, |week, value| {
            cell(value).map(|(day, part)| week.with(day, part))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_set_read_and_counted() {
        let week = Week::EMPTY.with(0, 0).with(6, 2).with(3, 1);
        assert!(week.has(0, 0) && week.has(6, 2) && week.has(3, 1));
        assert!(!week.has(0, 1));
        assert_eq!(week.cells(), 3);
        assert_eq!(Week::ALL.cells(), 21);
    }

    #[test]
    fn cells_outside_the_grid_are_ignored() {
        assert_eq!(Week::EMPTY.with(7, 0), Week::EMPTY);
        assert_eq!(Week::EMPTY.with(0, 3), Week::EMPTY);
        assert!(!Week::ALL.has(7, 0));
        assert_eq!(Week::from_bits(-1), Week::ALL);
        assert_eq!(Week::from_bits(1 << 30), Week::EMPTY);
    }

    #[test]
    fn overlap_is_what_both_mark() {
        let free = Week::EMPTY.with(1, 0).with(1, 1).with(2, 2);
        let needed = Week::EMPTY.with(1, 1).with(2, 2).with(5, 0);
        assert_eq!(free.overlap(needed), Week::EMPTY.with(1, 1).with(2, 2));
        assert!(free.overlap(Week::EMPTY).is_empty());
    }

    #[test]
    fn the_form_round_trips_and_ignores_strangers() {
        let week = Week::EMPTY.with(2, 1).with(4, 0);
        let values = [cell_value(2, 1), cell_value(4, 0)];
        assert_eq!(Week::from_values(values.iter().map(String::as_str)), week);
        let junk = ["9-0", "1", "1-1-1", "x-y", "", "-1-0", "1-", "<b>"];
        assert_eq!(Week::from_values(junk), Week::EMPTY);
        // Checked: one stranger spoils the lot; none at all is an empty week.
        assert_eq!(
            Week::checked_values(values.iter().map(String::as_str)),
            Some(week)
        );
        for stranger in junk {
            assert_eq!(
                Week::checked_values(["2-1", stranger]),
                None,
                "{stranger:?}"
            );
        }
        assert_eq!(Week::checked_values([]), Some(Week::EMPTY));
    }
}
