use super::*;

#[test]
fn finds_names_once_in_order() {
    assert_eq!(
        mentioned("@Chair لطفاً ببینید، @member و دوباره @chair."),
        vec!["chair", "member"]
    );
}

#[test]
fn an_address_or_a_lone_sign_is_not_a_mention() {
    assert!(mentioned("write to info@tavana.ir or @ me").is_empty());
    assert!(mentioned("").is_empty());
    assert!(mentioned("@").is_empty());
}

#[test]
fn a_name_ends_where_a_username_cannot_go_on() {
    assert_eq!(mentioned("(@ngo1)، @agency_2!"), vec!["ngo1", "agency_2"]);
    assert_eq!(mentioned("@a"), Vec::<String>::new(), "too short");
}

#[test]
fn at_most_ten_are_told() {
    let text: String = (0..15).map(|i| format!("@user{i} ")).collect();
    assert_eq!(mentioned(&text).len(), MENTIONS_MAX);
}
