use super::*;
use VolunteerMove as M;
use VolunteerState as S;

const MEDIATOR: VolunteerStanding = VolunteerStanding {
    own: false,
    intermediary: true,
    placed_centre: false,
};
const SELF: VolunteerStanding = VolunteerStanding {
    own: true,
    intermediary: false,
    placed_centre: false,
};
const CENTRE: VolunteerStanding = VolunteerStanding {
    own: false,
    intermediary: false,
    placed_centre: true,
};
const STRANGER: VolunteerStanding = VolunteerStanding {
    own: false,
    intermediary: false,
    placed_centre: false,
};

#[test]
fn national_codes_with_a_right_check_digit_pass() {
    // 001234567 → weights 10..2 → sum 0+0+8+14+18+20+20+18+14 = 112; 112 % 11 = 2 → check 9.
    assert_eq!(national_code("0012345679"), Ok("0012345679".into()));
    // Remainder below 2: the check digit is the remainder itself (sums 22 and 12).
    assert_eq!(national_code("2000000010"), Ok("2000000010".into()));
    assert_eq!(national_code("1000000011"), Ok("1000000011".into()));
    assert_eq!(
        national_code("2000000019"),
        Err(FieldIssue::NationalCodeFormat)
    );
    assert_eq!(
        national_code("1000000010"),
        Err(FieldIssue::NationalCodeFormat)
    );
}

#[test]
fn national_codes_are_read_in_any_digits_and_padded() {
    let persian = "\u{6f0}\u{6f0}\u{6f1}\u{6f2}\u{6f3}\u{6f4}\u{6f5}\u{6f6}\u{6f7}\u{6f9}";
    assert_eq!(national_code(persian), Ok("0012345679".into()));
    let arabic = "\u{660}\u{660}\u{661}\u{662}\u{663}\u{664}\u{665}\u{666}\u{667}\u{669}";
    assert_eq!(national_code(arabic), Ok("0012345679".into()));
    assert_eq!(national_code(" 001-234567-9 "), Ok("0012345679".into()));
    // Written without its two leading zeros.
    assert_eq!(national_code("12345679"), Ok("0012345679".into()));
}

#[test]
fn bad_national_codes_are_refused() {
    assert_eq!(national_code(""), Err(FieldIssue::Required));
    assert_eq!(national_code("   "), Err(FieldIssue::Required));
    assert_eq!(
        national_code("0012345678"),
        Err(FieldIssue::NationalCodeFormat)
    );
    assert_eq!(
        national_code("1111111111"),
        Err(FieldIssue::NationalCodeFormat)
    );
    assert_eq!(
        national_code("0000000000"),
        Err(FieldIssue::NationalCodeFormat)
    );
    assert_eq!(
        national_code("1234567"),
        Err(FieldIssue::NationalCodeFormat)
    );
    assert_eq!(
        national_code("00123456790"),
        Err(FieldIssue::NationalCodeFormat)
    );
    assert_eq!(
        national_code("00123a5679"),
        Err(FieldIssue::NationalCodeFormat)
    );
    assert_eq!(
        national_code("<b>12</b>"),
        Err(FieldIssue::NationalCodeFormat)
    );
}

#[test]
fn birth_years_in_either_calendar() {
    assert_eq!(birth_year("1370", 1405), Ok(1370));
    assert_eq!(birth_year("\u{6f1}\u{6f3}\u{6f7}\u{6f0}", 1405), Ok(1370));
    assert_eq!(birth_year("1991", 1405), Ok(1370));
    assert_eq!(birth_year("1395", 1405), Err(FieldIssue::OutOfRange));
    assert_eq!(birth_year("1290", 1405), Err(FieldIssue::OutOfRange));
    assert_eq!(birth_year("soon", 1405), Err(FieldIssue::NotANumber));
}

#[test]
fn the_intermediary_verifies_then_activates() {
    assert_eq!(
        volunteer_move(S::Applied, M::Verify, MEDIATOR),
        Ok(S::Verified)
    );
    assert_eq!(
        volunteer_move(S::Verified, M::Activate, MEDIATOR),
        Ok(S::Active)
    );
    assert_eq!(
        volunteer_move(S::Active, M::Deactivate, MEDIATOR),
        Ok(S::Inactive)
    );
    assert_eq!(
        volunteer_move(S::Inactive, M::Activate, MEDIATOR),
        Ok(S::Active)
    );
}

#[test]
fn no_step_is_skipped_or_repeated() {
    assert_eq!(
        volunteer_move(S::Applied, M::Activate, MEDIATOR),
        Err(FieldIssue::NoSuchMove)
    );
    assert_eq!(
        volunteer_move(S::Active, M::Verify, MEDIATOR),
        Err(FieldIssue::NoSuchMove)
    );
    assert_eq!(
        volunteer_move(S::Inactive, M::Deactivate, MEDIATOR),
        Err(FieldIssue::NoSuchMove)
    );
}

#[test]
fn volunteers_may_only_step_back_themselves() {
    assert_eq!(
        volunteer_move(S::Active, M::Deactivate, SELF),
        Ok(S::Inactive)
    );
    assert_eq!(
        volunteer_move(S::Applied, M::Verify, SELF),
        Err(FieldIssue::NotAllowedNow)
    );
    assert_eq!(
        volunteer_move(S::Inactive, M::Activate, SELF),
        Err(FieldIssue::NotAllowedNow)
    );
    for step in [M::Verify, M::Activate, M::Deactivate] {
        for from in VolunteerState::ALL.iter().copied() {
            assert!(volunteer_move(from, step, CENTRE).is_err());
            assert!(volunteer_move(from, step, STRANGER).is_err());
        }
    }
}

#[test]
fn only_stopping_needs_a_reason() {
    assert!(needs_reason(M::Deactivate));
    assert!(!needs_reason(M::Verify));
    assert!(!needs_reason(M::Activate));
}

#[test]
fn contact_is_for_the_volunteer_their_intermediary_and_their_centre() {
    assert!(SELF.sees_contact());
    assert!(MEDIATOR.sees_contact());
    assert!(CENTRE.sees_contact());
    assert!(!STRANGER.sees_contact());
    assert!(MEDIATOR.sees_private_note());
    assert!(!CENTRE.sees_private_note());
    assert!(!STRANGER.sees_private_note());
}

#[test]
fn days_waiting_count_whole_days_and_never_go_negative() {
    let day = 86_400_000;
    assert_eq!(days_waiting(0, day - 1), 0);
    assert_eq!(days_waiting(0, 15 * day + 5), 15);
    assert_eq!(days_waiting(10 * day, 0), 0);
}

#[test]
fn masked_identities_tell_nothing_away() {
    assert_eq!(masked_name("Zahra  Karimi"), "Z. K.");
    assert_eq!(masked_name("\u{632}\u{647}\u{631}\u{627}"), "\u{632}.");
    assert_eq!(masked_name(""), "");
    assert_eq!(masked_code("0012345679"), "\u{2022}".repeat(8) + "79");
    assert_eq!(masked_code("7"), "7");
}
