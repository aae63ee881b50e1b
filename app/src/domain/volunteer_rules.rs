//! Volunteers: who they are (a natural person identified by a national code), the states their
//! registration moves through and who may move it, and who may see how much of them.
use super::codes::codes;
use super::digits::fold_digits;
use super::validation::FieldIssue;
use serde::{Deserialize, Serialize};

codes!(
    /// Applied by the volunteer; verified and activated by their intermediary institution;
    /// inactive (with a reason) when they stop, until their intermediary activates them again.
    VolunteerState {
        Applied => "applied",
        Verified => "verified",
        Active => "active",
        Inactive => "inactive",
    }
);

codes!(
    VolunteerMove {
        Verify => "verify",
        Activate => "activate",
        Deactivate => "deactivate",
    }
);

codes!(
    /// Optional; never required to register.
    Gender { Female => "female", Male => "male" }
);

codes!(
    /// How well a volunteer knows a skill, as they say themselves.
    SkillLevel { Beginner => "beginner", Skilled => "skilled", Expert => "expert" }
);

/// The private note's one value: the volunteer was once served by such centres themselves
/// (recovered beneficiaries who become volunteers).
pub const FORMER_RECIPIENT: &str = "former_recipient";

/// Skills one registration lists at most (the form has this many rows).
pub const SKILL_ROWS: usize = 3;

/// Reads an Iranian national code (kod-e melli) written with any digits, spaces or dashes, and checks
/// its check digit. Codes written without their leading zeros (8 or 9 digits) are padded, as the
/// registry prints them that way on old cards.
pub fn national_code(input: &str) -> Result<String, FieldIssue> {
    let digits: String = fold_digits(input.trim())
        .chars()
        .filter(|c| !matches!(c, ' ' | '-' | '\u{200c}'))
        .collect();
    if digits.is_empty() {
        return Err(FieldIssue::Required);
    }
    if !digits.chars().all(|c| c.is_ascii_digit()) || !(8..=10).contains(&digits.len()) {
        return Err(FieldIssue::NationalCodeFormat);
    }
    let code = format!("{digits:0>10}");
    let d: Vec<u32> = code.bytes().map(|b| u32::from(b - b'0')).collect();
    // Ten equal digits pass the arithmetic but are never issued.
    if d.iter().all(|&x| x == d[0]) {
        return Err(FieldIssue::NationalCodeFormat);
    }
    let sum: u32 = d[..9]
        .iter()
        .enumerate()
        .map(|(i, &x)| x * (10 - i as u32))
        .sum();
    let rest = sum % 11;
    let expected = if rest < 2 { rest } else { 11 - rest };
    if d[9] == expected {
        Ok(code)
    } else {
        Err(FieldIssue::NationalCodeFormat)
    }
}

/// A birth year written in the Jalali calendar (what Iranians write) or the Gregorian one, with
/// any digits; stored as the Jalali year. Volunteers are at least 15 and at most 100 years old.
pub fn birth_year(input: &str, this_jalali_year: i32) -> Result<i32, FieldIssue> {
    let year = super::digits::parse_number(input).ok_or(FieldIssue::NotANumber)? as i32;
    // A Gregorian year (1900..) is turned into the Jalali year it mostly falls in.
    let year = if year > 1800 { year - 621 } else { year };
    let age = this_jalali_year - year;
    if (15..=100).contains(&age) {
        Ok(year)
    } else {
        Err(FieldIssue::OutOfRange)
    }
}

/// Who is looking at a volunteer, as far as the rules care.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct VolunteerStanding {
    /// The volunteer themselves.
    pub own: bool,
    /// A representative of the volunteer's intermediary institution.
    pub intermediary: bool,
    /// A manager of a centre the volunteer is placed at (an accepted placement).
    pub placed_centre: bool,
}

impl VolunteerStanding {
    /// Contact details (mobile, national code, full name) are seen only by these three: for legal
    /// reasons not even officials contact volunteers directly.
    pub fn sees_contact(self) -> bool {
        self.own || self.intermediary || self.placed_centre
    }

    /// The private note "former service recipient" is the intermediary's alone (and the
    /// volunteer's own, who wrote it).
    pub fn sees_private_note(self) -> bool {
        self.own || self.intermediary
    }
}

/// Which state a move leads to, if it may be made from `from` by someone standing so.
pub fn volunteer_move(
    from: VolunteerState,
    step: VolunteerMove,
    who: VolunteerStanding,
) -> Result<VolunteerState, FieldIssue> {
    use VolunteerMove as M;
    use VolunteerState as S;
    let to = match (from, step) {
        (S::Applied, M::Verify) => S::Verified,
        (S::Verified | S::Inactive, M::Activate) => S::Active,
        (S::Applied | S::Verified | S::Active, M::Deactivate) => S::Inactive,
        _ => return Err(FieldIssue::NoSuchMove),
    };
    // The volunteer may step back themselves; everything else is the intermediary's.
    let allowed = who.intermediary || (who.own && step == M::Deactivate);
    if allowed {
        Ok(to)
    } else {
        Err(FieldIssue::NotAllowedNow)
    }
}

/// A move that stops someone needs its reason written down.
pub fn needs_reason(step: VolunteerMove) -> bool {
    step == VolunteerMove::Deactivate
}

/// Whole days an applicant has waited, counted from the moment they applied (milliseconds).
pub fn days_waiting(applied_at_ms: i64, now_ms: i64) -> i64 {
    (now_ms - applied_at_ms).max(0) / 86_400_000
}

/// A name as strangers see it: each word's first letter and a dot ("Z. K."), so figures can be
/// told apart without telling who someone is.
pub fn masked_name(full_name: &str) -> String {
    full_name
        .split_whitespace()
        .filter_map(|word| word.chars().next())
        .map(|first| format!("{first}."))
        .collect::<Vec<_>>()
        .join(" ")
}

/// A national code as strangers see it: only its last two digits.
pub fn masked_code(code: &str) -> String {
    let n = code.chars().count();
    code.chars()
        .enumerate()
        .map(|(i, c)| if i + 2 >= n { c } else { '•' })
        .collect()
}

#[cfg(test)]
#[path = "volunteer_rules_tests.rs"]
mod tests;
