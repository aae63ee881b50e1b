//! Where a card ends up when it is dragged to a column or moved there with an arrow key: the
//! same moves its "Move to…" menu offers, nothing else.

/// What a drop (or an arrow key) on a column means for a card.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DropVerdict {
    /// Back where it was: dropped on its own column, or outside every column.
    Stay,
    /// One of the moves the caller may make with the card.
    Move,
    /// Not one of its moves: it goes back, and the board says why.
    Refused,
}

/// The verdict on dropping a card that sits in `from` on `to` (`None`: no column), given the
/// columns it may move to (what the server listed for the caller).
pub fn drop_verdict(from: &str, to: Option<&str>, moves: &[&str]) -> DropVerdict {
    match to {
        None => DropVerdict::Stay,
        Some(to) if to == from => DropVerdict::Stay,
        Some(to) if moves.contains(&to) => DropVerdict::Move,
        Some(_) => DropVerdict::Refused,
    }
}

/// What an arrow key does to a card that has the focus.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyStep {
    /// To the next (+1) or previous (-1) column in reading order.
    Column(i32),
    /// Up or down within its column.
    Up,
    Down,
}

/// The step an arrow key means. Reading order runs right to left in Persian, so there the
/// left arrow goes to the next column.
pub fn key_step(key: &str, rtl: bool) -> Option<KeyStep> {
    let forward = if rtl { -1 } else { 1 };
    match key {
        "ArrowRight" => Some(KeyStep::Column(forward)),
        "ArrowLeft" => Some(KeyStep::Column(-forward)),
        "ArrowUp" => Some(KeyStep::Up),
        "ArrowDown" => Some(KeyStep::Down),
        _ => None,
    }
}

/// The column `step` columns away from `from` in the board's order; none past either end.
pub fn column_after<'a>(columns: &[&'a str], from: &str, step: i32) -> Option<&'a str> {
    let at = columns.iter().position(|c| *c == from)? as i64 + i64::from(step);
    usize::try_from(at)
        .ok()
        .and_then(|i| columns.get(i))
        .copied()
}

#[cfg(test)]
#[path = "card_drops_tests.rs"]
mod tests;
