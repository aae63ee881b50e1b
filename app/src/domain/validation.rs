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
}

/// One field's issue, named by the form field it belongs to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    pub field: String,
    pub issue: FieldIssue,
}

/// The answer of a form submission: either done, or the issues per field.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FormErrors(pub Vec<FieldError>);

impl FormErrors {
    pub fn push(&mut self, field: &str, issue: FieldIssue) {
        self.0.push(FieldError {
            field: field.to_string(),
            issue,
        });
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
        self.0.iter().find(|e| e.field == field).map(|e| e.issue)
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
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

/// Where to go after signing in: only a path on this site, never another origin.
pub fn safe_next(next: &str) -> String {
    let ok = next.starts_with('/') && !next.starts_with("//") && !next.contains(['\\', '\r', '\n']);
    if ok {
        next.to_string()
    } else {
        "/".to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_stays_on_this_site() {
        assert_eq!(safe_next("/account"), "/account");
        assert_eq!(safe_next("/admin/users?q=a"), "/admin/users?q=a");
        assert_eq!(safe_next("//evil.example"), "/");
        assert_eq!(safe_next("https://evil.example"), "/");
        assert_eq!(safe_next("/\\evil.example"), "/");
        assert_eq!(safe_next(""), "/");
    }

    #[test]
    fn usernames() {
        assert_eq!(username("  Ali.Reza_1 "), Ok("ali.reza_1".into()));
        assert_eq!(username("user۱۲"), Ok("user12".into()));
        assert_eq!(username(""), Err(FieldIssue::Required));
        assert_eq!(username("ab"), Err(FieldIssue::TooShort(USERNAME_MIN)));
        assert_eq!(
            username(&"a".repeat(33)),
            Err(FieldIssue::TooLong(USERNAME_MAX))
        );
        assert_eq!(username("علی"), Err(FieldIssue::UsernameChars));
        assert_eq!(username("a b c"), Err(FieldIssue::UsernameChars));
        assert_eq!(username(".abc"), Err(FieldIssue::UsernameChars));
    }

    #[test]
    fn display_names() {
        assert_eq!(display_name("  مریم   احمدی "), Ok("مریم احمدی".into()));
        assert_eq!(display_name(" "), Err(FieldIssue::Required));
        assert_eq!(display_name("a"), Err(FieldIssue::TooShort(NAME_MIN)));
        assert_eq!(
            display_name(&"ن".repeat(81)),
            Err(FieldIssue::TooLong(NAME_MAX))
        );
    }

    #[test]
    fn emails() {
        assert_eq!(optional_email(""), Ok(None));
        assert_eq!(
            optional_email(" A@Example.org "),
            Ok(Some("a@example.org".into()))
        );
        assert_eq!(optional_email("no-at-sign"), Err(FieldIssue::EmailFormat));
        assert_eq!(optional_email("a@b"), Err(FieldIssue::EmailFormat));
        assert_eq!(optional_email("a@@b.org"), Err(FieldIssue::EmailFormat));
        assert_eq!(optional_email("a b@c.org"), Err(FieldIssue::EmailFormat));
        assert_eq!(optional_email("@c.org"), Err(FieldIssue::EmailFormat));
    }

    #[test]
    fn passwords() {
        assert_eq!(new_password("correct horse", "ali"), Ok(()));
        assert_eq!(new_password("", "ali"), Err(FieldIssue::Required));
        assert_eq!(
            new_password("short", "ali"),
            Err(FieldIssue::TooShort(PASSWORD_MIN))
        );
        assert_eq!(
            new_password(&"x".repeat(129), "ali"),
            Err(FieldIssue::TooLong(PASSWORD_MAX))
        );
        assert_eq!(
            new_password("ali.rezaei", "Ali.Rezaei"),
            Err(FieldIssue::SameAsUsername)
        );
        assert_eq!(
            password_confirmation("abc", "abd"),
            Err(FieldIssue::PasswordMismatch)
        );
        assert_eq!(password_confirmation("abc", ""), Err(FieldIssue::Required));
        assert_eq!(password_confirmation("abc", "abc"), Ok(()));
    }

    #[test]
    fn form_errors_collect_per_field() {
        let mut errors = FormErrors::default();
        assert_eq!(errors.check("username", username("x")), None);
        assert_eq!(
            errors.check("name", display_name("Sara")),
            Some("Sara".into())
        );
        assert_eq!(
            errors.get("username"),
            Some(FieldIssue::TooShort(USERNAME_MIN))
        );
        assert_eq!(errors.get("name"), None);
        assert!(!errors.is_empty());
    }
}
