use super::*;

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

#[test]
fn hours_typed_in_any_way_become_minutes() {
    assert_eq!(minutes("3"), Ok(180));
    assert_eq!(minutes(" 2.5 "), Ok(150));
    assert_eq!(minutes("\u{6f2}\u{66b}\u{6f5}"), Ok(150));
    assert_eq!(minutes("2/5"), Ok(150));
    assert_eq!(minutes("2:30"), Ok(150));
    assert_eq!(minutes("\u{6f0}:\u{6f4}\u{6f5}"), Ok(45));
    assert_eq!(minutes(".25"), Ok(15));
    assert_eq!(minutes("1.333"), Ok(80));
}

#[test]
fn impossible_hours_are_refused() {
    assert_eq!(minutes(""), Err(FieldIssue::Required));
    assert_eq!(minutes("0"), Err(FieldIssue::OutOfRange));
    assert_eq!(minutes("0:00"), Err(FieldIssue::OutOfRange));
    assert_eq!(minutes("17"), Err(FieldIssue::OutOfRange));
    assert_eq!(minutes("16"), Ok(960));
    assert_eq!(minutes("-2"), Err(FieldIssue::NotANumber));
    assert_eq!(minutes("2:75"), Err(FieldIssue::NotANumber));
    assert_eq!(minutes("two"), Err(FieldIssue::NotANumber));
    assert_eq!(minutes("1e3"), Err(FieldIssue::NotANumber));
    assert_eq!(minutes("99999999999999999999"), Err(FieldIssue::NotANumber));
    assert_eq!(minutes("<b>3</b>"), Err(FieldIssue::NotANumber));
    assert_eq!(minutes("3."), Ok(180));
}

#[test]
fn only_days_that_have_come_within_a_year() {
    let today = d("2026-11-30");
    assert_eq!(served_on(today, today), Ok(today));
    assert_eq!(
        served_on(d("2026-12-01"), today),
        Err(FieldIssue::OutOfRange)
    );
    assert!(served_on(d("2025-11-30"), today).is_ok());
    assert_eq!(
        served_on(d("2025-11-29"), today),
        Err(FieldIssue::OutOfRange)
    );
}

#[test]
fn no_day_before_the_centre_accepted_them() {
    let accepted = Some(d("2026-11-01"));
    assert_eq!(after_placement(d("2026-11-01"), accepted), Ok(()));
    assert_eq!(
        after_placement(d("2026-10-31"), accepted),
        Err(FieldIssue::BeforePlacement)
    );
    assert_eq!(after_placement(d("2020-01-01"), None), Ok(()));
}

#[test]
fn the_centre_answers_pending_entries_only_and_an_edit_waits_again() {
    assert_eq!(decide(HoursState::Pending, true), Ok(HoursState::Approved));
    assert_eq!(decide(HoursState::Pending, false), Ok(HoursState::Rejected));
    assert_eq!(
        decide(HoursState::Approved, false),
        Err(FieldIssue::NoSuchMove)
    );
    assert_eq!(
        decide(HoursState::Rejected, true),
        Err(FieldIssue::NoSuchMove)
    );
    for was in HoursState::ALL {
        assert_eq!(after_edit(*was), HoursState::Pending);
    }
}

fn served(centre: i64, role: i64, day: &str, minutes: i64, state: HoursState) -> Served {
    Served {
        centre_id: centre,
        role_id: role,
        day: d(day),
        minutes,
        state,
    }
}

#[test]
fn totals_count_approved_hours_and_show_pending_apart() {
    let t = totals(&[
        served(1, 10, "2026-03-01", 120, HoursState::Approved),
        served(2, 10, "2026-01-15", 60, HoursState::Approved),
        served(2, 11, "2026-05-01", 240, HoursState::Approved),
        served(1, 10, "2026-06-01", 90, HoursState::Pending),
        served(3, 12, "2025-01-01", 600, HoursState::Rejected),
    ]);
    assert_eq!(t.approved_minutes, 420);
    assert_eq!(t.pending_minutes, 90);
    assert_eq!(t.first_day, Some(d("2026-01-15")));
    assert_eq!(t.last_day, Some(d("2026-05-01")));
    assert_eq!(t.by_centre, vec![(2, 300), (1, 120)]);
    assert_eq!(t.by_role, vec![(11, 240), (10, 180)]);
    assert_eq!(totals(&[]), Totals::default());
}

#[test]
fn years_are_whole_on_the_anniversary() {
    assert_eq!(whole_years(d("2023-03-21"), d("2026-03-20")), 2);
    assert_eq!(whole_years(d("2023-03-21"), d("2026-03-21")), 3);
    assert_eq!(whole_years(d("2026-03-21"), d("2023-03-21")), 0);
}

#[test]
fn the_highest_threshold_reached_falls_due_once() {
    use CertificateBasis::*;
    let today = d("2026-11-30");
    assert_eq!(due(49 * 60 + 59, None, today, &[]), vec![]);
    assert_eq!(due(50 * 60, None, today, &[]), vec![(Hours, 50)]);
    assert_eq!(due(120 * 60, None, today, &[]), vec![(Hours, 100)]);
    assert_eq!(due(120 * 60, None, today, &[(Hours, 100)]), vec![]);
    assert_eq!(due(120 * 60, None, today, &[(Hours, 500)]), vec![]);
    assert_eq!(
        due(120 * 60, None, today, &[(Hours, 50)]),
        vec![(Hours, 100)]
    );
    // A manual certificate does not stand in for a threshold's.
    assert_eq!(due(60 * 60, None, today, &[(Manual, 0)]), vec![(Hours, 50)]);
    let first = Some(d("2023-06-01"));
    assert_eq!(due(600, first, today, &[]), vec![(Years, 3)]);
    assert_eq!(
        due(600 * 60, first, today, &[(Years, 1)]),
        vec![(Hours, 500), (Years, 3)]
    );
    assert_eq!(due(600, Some(d("2026-01-01")), today, &[]), vec![]);
}

#[test]
fn a_certificate_needs_service() {
    assert_eq!(may_issue(0), Err(FieldIssue::NotAllowedNow));
    assert_eq!(may_issue(1), Ok(()));
}

#[test]
fn codes_are_readable_and_found_however_typed() {
    let code = certificate_code(u64::MAX);
    assert_eq!(code.len(), 11);
    assert_eq!(&code[5..6], "-");
    assert_ne!(certificate_code(1), certificate_code(2));
    assert!(!code.contains(['I', 'L', 'O', '0', '1']));
    assert_eq!(normal_code(&code), Some(code.clone()));
    let typed = format!(" {} ", code.replace('-', "").to_lowercase());
    assert_eq!(normal_code(&typed), Some(code.clone()));
    assert_eq!(normal_code("ABCDE-FGHI1"), None);
    assert_eq!(normal_code("ABCD"), None);
    assert_eq!(normal_code("<b>ABCDE-FGHJK</b>"), None);
    assert_eq!(
        normal_code("\u{62}CDEF-GHJKM"),
        Some("BCDEF-GHJKM".to_string())
    );
}
