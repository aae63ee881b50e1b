use super::*;

#[test]
fn a_drop_moves_only_along_the_cards_own_moves() {
    let moves = ["doing", "done"];
    assert_eq!(
        drop_verdict("todo", Some("doing"), &moves),
        DropVerdict::Move
    );
    assert_eq!(
        drop_verdict("todo", Some("todo"), &moves),
        DropVerdict::Stay
    );
    assert_eq!(drop_verdict("todo", None, &moves), DropVerdict::Stay);
    assert_eq!(
        drop_verdict("todo", Some("recommended"), &moves),
        DropVerdict::Refused
    );
    // A card with no moves for this caller (a member before a proposal in review).
    assert_eq!(
        drop_verdict("in_review", Some("recommended"), &[]),
        DropVerdict::Refused
    );
}

#[test]
fn arrow_keys_follow_the_reading_direction() {
    assert_eq!(key_step("ArrowLeft", true), Some(KeyStep::Column(1)));
    assert_eq!(key_step("ArrowRight", true), Some(KeyStep::Column(-1)));
    assert_eq!(key_step("ArrowRight", false), Some(KeyStep::Column(1)));
    assert_eq!(key_step("ArrowLeft", false), Some(KeyStep::Column(-1)));
    assert_eq!(key_step("ArrowUp", true), Some(KeyStep::Up));
    assert_eq!(key_step("ArrowDown", false), Some(KeyStep::Down));
    assert_eq!(key_step("Enter", true), None);
}

#[test]
fn the_next_column_stops_at_the_ends() {
    let columns = ["submitted", "in_review", "todo", "doing", "done"];
    assert_eq!(column_after(&columns, "todo", 1), Some("doing"));
    assert_eq!(column_after(&columns, "todo", -1), Some("in_review"));
    assert_eq!(column_after(&columns, "done", 1), None);
    assert_eq!(column_after(&columns, "submitted", -1), None);
    assert_eq!(column_after(&columns, "nowhere", 1), None);
}
