//! Unit tests of the field rules.
use super::*;

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

#[test]
fn answers_stay_small_however_many_rows() {
    let mut errors = FormErrors::default();
    for _ in 0..2000 {
        errors.push("needs", FieldIssue::InvalidChoice);
        errors.keep("row", &"x".repeat(KEEP_MAX));
    }
    errors.push("needs", FieldIssue::Required);
    assert_eq!(errors.issues.len(), 2);
    let kept: usize = errors.kept.iter().map(|(_, v)| v.len()).sum();
    assert!(kept <= KEEP_TOTAL_MAX, "{kept}");
    assert_eq!(errors.kept.len(), KEEP_TOTAL_MAX / KEEP_MAX);
}

#[test]
fn mobiles_are_read_in_any_digits_and_spelling() {
    for typed in [
        "09121234567",
        "۰۹۱۲۱۲۳۴۵۶۷",
        "٠٩١٢١٢٣٤٥٦٧",
        "+98 912 123 4567",
        "0098-912-123-4567",
        "989121234567",
        "9121234567",
        " (0912) 123 4567 ",
    ] {
        assert_eq!(
            iranian_mobile(typed).as_deref(),
            Ok("09121234567"),
            "{typed}"
        );
    }
    assert_eq!(iranian_mobile(""), Err(FieldIssue::Required));
    for wrong in [
        "02112345678",
        "0912123456",
        "091212345678",
        "0912a234567",
        "+1 912 123 4567",
        "<b>0912</b>",
        "0912\u{200f}1234567",
    ] {
        assert_eq!(
            iranian_mobile(wrong),
            Err(FieldIssue::MobileFormat),
            "{wrong}"
        );
    }
}
