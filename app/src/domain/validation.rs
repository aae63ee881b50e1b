//! Field rules shared by the browser and the server, so both give the same answer.

use super::digits::fold_digits;
use serde::{Deserialize, Serialize};

/// What is wrong with one field; the locale files turn it into a sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum FieldIssue {
    Required,
    TooShort(u32),
    TooLong(u32),
    UsernameChars,
    EmailFormat,
    PasswordMismatch,
    UsernameTaken,
    WrongCredentials,
    RateLimited(u32),
    AccountDisabled,
    WrongPassword,
    SameAsUsername,
    NotANumber,
    OutOfRange,
    InvalidDate,
    EndsBeforeStart,
    /// The committee already has a chair (or secretary) in that period.
    SeatTaken,
    /// Another organisation of that kind has this registration number.
    RegistrationTaken,
    InvalidChoice,
    PhoneFormat,
    WebsiteFormat,
    /// Someone saved the object after this form was opened; saving again applies these values.
    ChangedMeanwhile,
    /// The object's current state does not allow this (e.g. a membership that already ended).
    NotAllowedNow,
    /// No account has this username.
    NoSuchAccount,
    /// Already in the list (e.g. already a representative).
    AlreadyListed,
    /// The file is larger than this many kilobytes.
    FileTooLarge(u32),
    /// The file is not a PNG, JPEG or WebP image.
    NotAnImage,
    /// The image has more than this many megapixels.
    TooManyPixels(u32),
    /// Some required sections are still empty (e.g. submitting an unfinished proposal).
    Incomplete,
    /// The file is not a PDF or an image.
    NotADocument,
    /// No more files may be added (at most this many).
    TooManyFiles(u32),
    /// No step of its workflow takes the card from its column to that one.
    NoSuchMove,
    /// Tasks stay in the tasks' lane; proposals and projects in the pipeline.
    WrongLane,
    /// Only the proposing organisation (re)submits.
    OnlyProposer,
    /// Only an official approves or rejects.
    OnlyOfficials,
    /// Only the committee's chair or secretary reviews.
    OnlyCommitteeLeads,
    /// Only the lead agency (or an official) moves a project.
    OnlyLeadAgency,
    /// A time of day not written as hours:minutes.
    InvalidTime,
    /// The caller already has a shift at that time.
    Overlaps,
    /// A meeting needs a place or an online link.
    PlaceOrLink,
    /// Not an Iranian mobile number (09xx xxx xxxx).
    MobileFormat,
    /// The verification code is not the one sent.
    WrongCode,
    /// The code has expired or was tried too often: ask for a new one.
    CodeExpired,
    /// A new code may be asked for after this many seconds.
    TooSoon(u32),
    /// Not a national code: ten digits whose last is the check digit of the others.
    NationalCodeFormat,
    /// Someone has registered with this national code already.
    NationalCodeTaken,
    /// A code (a drive's) holds only Latin letters, digits and hyphens.
    CodeChars,
    /// Hours for this day at this centre are reported already: change that entry instead.
    DayReported,
    /// The day comes before the centre accepted the volunteer there.
    BeforePlacement,
    /// The day falls outside the chosen campaign's period.
    OutsideCampaign,
    /// A goal counting "something else" says what it counts.
    GoalUnnamed,
    /// A pairing needs two organisations: one does not mentor itself.
    MentorsItself,
}

/// One field's issue, named by the form field it belongs to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    pub field: String,
    pub issue: FieldIssue,
}

/// Longest typed value echoed back with the issues (the longest text any form takes, the
/// minutes); without JavaScript the echo waits in the session, not in the address.
pub const KEEP_MAX: usize = 20_000;

/// What was wrong with a form submission: the issues per field, and the non-secret values the
/// person typed, so a page rendered without JavaScript can refill the form.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FormErrors {
    pub issues: Vec<FieldError>,
    pub kept: Vec<(String, String)>,
}

/// The most text echoed back in all, so a form with thousands of rows still gets a small
/// answer (what is beyond it stays in the browser's form).
pub const KEEP_TOTAL_MAX: usize = 100_000;

impl FormErrors {
    /// Adds an issue; the same issue of the same field is told once, however many rows of a
    /// list have it.
    pub fn push(&mut self, field: &str, issue: FieldIssue) {
        if self
            .issues
            .iter()
            .any(|e| e.field == field && e.issue == issue)
        {
            return;
        }
        self.issues.push(FieldError {
            field: field.to_string(),
            issue,
        });
    }
    /// Remembers what was typed in a field (never call this for passwords).
    pub fn keep(&mut self, field: &str, value: &str) {
        let len = value.chars().count();
        let kept: usize = self.kept.iter().map(|(_, v)| v.chars().count()).sum();
        if len <= KEEP_MAX && kept + len <= KEEP_TOTAL_MAX {
            self.kept.push((field.to_string(), value.to_string()));
        }
    }
    pub fn kept(&self, field: &str) -> Option<&str> {
        self.kept
            .iter()
            .find(|(name, _)| name == field)
            .map(|(_, value)| value.as_str())
    }
    pub fn check<T>(&mut self, field: &str, result: Result<T, FieldIssue>) -> Option<T> {
        match result {
            Ok(value) => Some(value),
            Err(issue) => {
                self.push(field, issue);
                None
            }
        }
    }
    pub fn get(&self, field: &str) -> Option<FieldIssue> {
        self.issues
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.issue)
    }
    pub fn is_empty(&self) -> bool {
        self.issues.is_empty()
    }
}

pub const USERNAME_MIN: u32 = 3;
pub const USERNAME_MAX: u32 = 32;
pub const NAME_MIN: u32 = 2;
pub const NAME_MAX: u32 = 80;
pub const PASSWORD_MIN: u32 = 10;
pub const PASSWORD_MAX: u32 = 128;
pub const EMAIL_MAX: u32 = 254;

fn length_between(value: &str, min: u32, max: u32) -> Result<(), FieldIssue> {
    let len = value.chars().count() as u32;
    if len == 0 {
        Err(FieldIssue::Required)
    } else if len < min {
        Err(FieldIssue::TooShort(min))
    } else if len > max {
        Err(FieldIssue::TooLong(max))
    } else {
        Ok(())
    }
}

/// A username: Latin letters, digits, `.`, `_`, `-`; any digits accepted; stored lower-case.
pub fn username(input: &str) -> Result<String, FieldIssue> {
    let value = fold_digits(input.trim()).to_lowercase();
    length_between(&value, USERNAME_MIN, USERNAME_MAX)?;
    let allowed = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || "._-".contains(c);
    if !value.chars().all(allowed) || !value.starts_with(|c: char| c.is_ascii_alphanumeric()) {
        return Err(FieldIssue::UsernameChars);
    }
    Ok(value)
}

/// A person's name as shown to others: any script, surrounding and repeated spaces removed.
pub fn display_name(input: &str) -> Result<String, FieldIssue> {
    let value = input.split_whitespace().collect::<Vec<_>>().join(" ");
    if value.chars().any(char::is_control) {
        return Err(FieldIssue::Required);
    }
    length_between(&value, NAME_MIN, NAME_MAX)?;
    Ok(value)
}

/// An optional e-mail address: empty means none.
pub fn optional_email(input: &str) -> Result<Option<String>, FieldIssue> {
    let value = input.trim().to_lowercase();
    if value.is_empty() {
        return Ok(None);
    }
    if value.chars().count() as u32 > EMAIL_MAX {
        return Err(FieldIssue::TooLong(EMAIL_MAX));
    }
    let Some((local, domain)) = value.split_once('@') else {
        return Err(FieldIssue::EmailFormat);
    };
    let domain_ok = domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains("..");
    if local.is_empty() || !domain_ok || domain.contains('@') || value.contains(char::is_whitespace)
    {
        return Err(FieldIssue::EmailFormat);
    }
    Ok(Some(value))
}

/// A new password: long enough, not absurdly long, not the username.
pub fn new_password(password: &str, username: &str) -> Result<(), FieldIssue> {
    length_between(password, PASSWORD_MIN, PASSWORD_MAX)?;
    if !username.is_empty() && password.trim().eq_ignore_ascii_case(username.trim()) {
        return Err(FieldIssue::SameAsUsername);
    }
    Ok(())
}

/// The repeated password must equal the first.
pub fn password_confirmation(password: &str, confirmation: &str) -> Result<(), FieldIssue> {
    if confirmation.is_empty() {
        Err(FieldIssue::Required)
    } else if password != confirmation {
        Err(FieldIssue::PasswordMismatch)
    } else {
        Ok(())
    }
}

/// A required field with only an upper limit (e.g. the password typed at sign-in).
pub fn required(input: &str, max: u32) -> Result<(), FieldIssue> {
    length_between(input, 1, max)
}

/// An Iranian mobile number in any digits and the usual spellings (`0912…`, `+98 912…`,
/// `0098912…`, `912…`, with spaces, dashes or parentheses), as `09` and nine digits.
pub fn iranian_mobile(input: &str) -> Result<String, FieldIssue> {
    let folded = fold_digits(input.trim());
    if folded.is_empty() {
        return Err(FieldIssue::Required);
    }
    if folded
        .chars()
        .any(|c| !(c.is_ascii_digit() || matches!(c, ' ' | '-' | '+' | '(' | ')')))
    {
        return Err(FieldIssue::MobileFormat);
    }
    let digits: String = folded.chars().filter(char::is_ascii_digit).collect();
    let national = digits
        .strip_prefix("0098")
        .or_else(|| digits.strip_prefix("98").filter(|rest| rest.len() == 10))
        .or_else(|| digits.strip_prefix('0'))
        .unwrap_or(&digits);
    if national.len() == 10 && national.starts_with('9') {
        Ok(format!("0{national}"))
    } else {
        Err(FieldIssue::MobileFormat)
    }
}

#[cfg(test)]
#[path = "validation_tests.rs"]
mod tests;
