use super::*;

#[test]
fn quorum_is_strictly_more_than_the_share() {
    // Ten invited, the default half: five are not enough, six are.
    assert!(!has_quorum(5, 10, 50));
    assert!(has_quorum(6, 10, 50));
    assert_eq!(quorum_needed(10, 50), 6);
    // Odd counts: four of seven is more than half.
    assert!(!has_quorum(3, 7, 50));
    assert!(has_quorum(4, 7, 50));
    assert_eq!(quorum_needed(7, 50), 4);
    // A two-thirds rule written as 66: six of nine (66.7 %) is more, five is not.
    assert!(!has_quorum(5, 9, 66));
    assert!(has_quorum(6, 9, 66));
    assert_eq!(quorum_needed(9, 66), 6);
    // The count needed always agrees with the rule.
    for invited in 1..40 {
        for percent in [34, 50, 66, 75] {
            let needed = quorum_needed(invited, percent);
            assert!(has_quorum(needed, invited, percent));
            assert!(!has_quorum(needed - 1, invited, percent));
        }
    }
    // Nobody invited: no quorum, whatever the count.
    assert!(!has_quorum(0, 0, 50));
}

#[test]
fn quorum_percent_accepts_any_digits_and_defaults_to_half() {
    assert_eq!(quorum_percent(""), Ok(DEFAULT_QUORUM_PERCENT));
    assert_eq!(quorum_percent("۶۶"), Ok(66));
    assert_eq!(quorum_percent("75%"), Ok(75));
    assert_eq!(quorum_percent("0"), Err(FieldIssue::OutOfRange));
    assert_eq!(quorum_percent("100"), Err(FieldIssue::OutOfRange));
    assert_eq!(quorum_percent("half"), Err(FieldIssue::NotANumber));
}

#[test]
fn only_leads_and_staff_manage_meetings_and_any_seat_reads_them() {
    use CommitteeRole::*;
    assert!(may_manage(false, Some(Chair)));
    assert!(may_manage(false, Some(Secretary)));
    assert!(may_manage(true, None));
    assert!(!may_manage(false, Some(Member)));
    assert!(!may_manage(false, Some(Observer)));
    assert!(!may_manage(false, None));
    assert!(may_read(false, Some(Observer)));
    assert!(may_read(true, None));
    assert!(!may_read(false, None));
}

#[test]
fn a_decision_is_done_open_or_overdue() {
    let today = "2026-11-23";
    assert_eq!(
        decision_status(true, Some("2026-01-01"), today),
        DecisionStatus::Done
    );
    assert_eq!(
        decision_status(false, Some("2026-11-22"), today),
        DecisionStatus::Overdue
    );
    // Due today is not yet overdue.
    assert_eq!(
        decision_status(false, Some(today), today),
        DecisionStatus::Open
    );
    assert_eq!(decision_status(false, None, today), DecisionStatus::Open);
}

#[test]
fn times_of_day_in_any_digits() {
    assert_eq!(time_of_day("9:30"), Ok("09:30".into()));
    assert_eq!(time_of_day(" ۱۶:۰۵ "), Ok("16:05".into()));
    assert_eq!(time_of_day(""), Err(FieldIssue::Required));
    assert_eq!(time_of_day("24:00"), Err(FieldIssue::InvalidTime));
    assert_eq!(time_of_day("10:7"), Err(FieldIssue::InvalidTime));
    assert_eq!(time_of_day("ten"), Err(FieldIssue::InvalidTime));
}

fn meeting() -> MeetingText {
    MeetingText {
        title: "جلسه ماهانه".into(),
        held_on: "۱۴۰۵/۰۹/۱۰".into(),
        starts_at: "10:00".into(),
        place: "فرمانداری، سالن ۲".into(),
        online_link: String::new(),
        quorum_percent: String::new(),
    }
}

#[test]
fn a_meeting_needs_a_title_a_day_a_time_and_a_place_or_link() {
    let fields = check_meeting(&meeting()).expect("valid");
    assert_eq!(fields.held_on, "2026-12-01");
    assert_eq!(fields.quorum_percent, 50);
    let online = MeetingText {
        place: String::new(),
        online_link: "https://meet.example.ir/room".into(),
        ..meeting()
    };
    assert!(check_meeting(&online).is_ok());
    let nowhere = MeetingText {
        place: " ".into(),
        ..meeting()
    };
    let e = check_meeting(&nowhere).unwrap_err();
    assert_eq!(e.get("place"), Some(FieldIssue::PlaceOrLink));
    let bad = MeetingText {
        title: String::new(),
        held_on: "1405/13/01".into(),
        starts_at: "25:00".into(),
        ..meeting()
    };
    let e = check_meeting(&bad).unwrap_err();
    assert_eq!(e.get("title"), Some(FieldIssue::Required));
    assert_eq!(e.get("held_on"), Some(FieldIssue::InvalidDate));
    assert_eq!(e.get("starts_at"), Some(FieldIssue::InvalidTime));
}

#[test]
fn a_decision_names_who_and_by_when() {
    let ok = DecisionText {
        text: "بازدید میدانی از محله".into(),
        responsible: "o:3".into(),
        due_on: "1405/10/01".into(),
    };
    let fields = check_decision(&ok).expect("valid");
    assert_eq!(fields.responsible, Responsible::Organisation(3));
    let e = check_decision(&DecisionText {
        responsible: "x:3".into(),
        due_on: String::new(),
        ..ok.clone()
    })
    .unwrap_err();
    assert_eq!(e.get("responsible"), Some(FieldIssue::InvalidChoice));
    assert_eq!(e.get("due_on"), Some(FieldIssue::Required));
    assert_eq!(Responsible::parse("p:12"), Some(Responsible::Person(12)));
    assert_eq!(Responsible::Person(12).code(), "p:12");
    assert_eq!(Responsible::parse("p:-1"), None);
}

#[test]
fn a_long_decision_becomes_a_task_title_cut_at_a_word() {
    let long = "کلمه ".repeat(100);
    let title = task_title(&long);
    assert!(title.chars().count() <= TASK_TITLE_MAX as usize);
    assert!(title.ends_with("کلمه…"));
    assert_eq!(task_title("کوتاه"), "کوتاه");
}

#[test]
fn repeated_decisions_are_found_however_they_are_typed() {
    let texts = [
        "كتابخانه تا ۱۵ آذر تجهیز شود.",
        "برگزاری کارگاه",
        "کتابخانه  تا 15 آذر تجهیز شود",
        "برگزاری كارگاه؛",
        "چیز دیگری",
    ];
    assert_eq!(repeated_decisions(texts), vec![(3, 1), (4, 2)]);
    assert!(repeated_decisions(["یک", "دو"]).is_empty());
    assert!(repeated_decisions(Vec::<&str>::new()).is_empty());
}
