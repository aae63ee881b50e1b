use crate::domain::digits::to_persian_digits;
use crate::domain::validation::FieldIssue;
use crate::i18n::*;
use leptos::prelude::*;

/// The sentence for one field issue, in the reader's language.
#[component]
pub fn IssueText(issue: FieldIssue) -> impl IntoView {
    let i18n = use_i18n();
    let number = move |n: u32| {
        let s = n.to_string();
        match i18n.get_locale() {
            Locale::fa => to_persian_digits(&s),
            Locale::en => s,
        }
    };
    match issue {
        FieldIssue::Required => t!(i18n, errors.required).into_any(),
        FieldIssue::TooShort(min) => {
            t!(i18n, errors.too_short, min = move || number(min)).into_any()
        }
        FieldIssue::TooLong(max) => t!(i18n, errors.too_long, max = move || number(max)).into_any(),
        FieldIssue::UsernameChars => t!(i18n, errors.username_chars).into_any(),
        FieldIssue::EmailFormat => t!(i18n, errors.email_format).into_any(),
        FieldIssue::PasswordMismatch => t!(i18n, errors.password_mismatch).into_any(),
        FieldIssue::UsernameTaken => t!(i18n, errors.username_taken).into_any(),
        FieldIssue::WrongCredentials => t!(i18n, errors.wrong_credentials).into_any(),
        FieldIssue::RateLimited(minutes) => {
            t!(i18n, errors.rate_limited, minutes = move || number(minutes)).into_any()
        }
        FieldIssue::AccountDisabled => t!(i18n, errors.account_disabled).into_any(),
        FieldIssue::WrongPassword => t!(i18n, errors.wrong_password).into_any(),
        FieldIssue::SameAsUsername => t!(i18n, errors.same_as_username).into_any(),
        FieldIssue::NotANumber => t!(i18n, errors.not_a_number).into_any(),
        FieldIssue::OutOfRange => t!(i18n, errors.out_of_range).into_any(),
        FieldIssue::InvalidDate => t!(i18n, errors.invalid_date).into_any(),
        FieldIssue::EndsBeforeStart => t!(i18n, errors.ends_before_start).into_any(),
        FieldIssue::SeatTaken => t!(i18n, errors.seat_taken).into_any(),
        FieldIssue::RegistrationTaken => t!(i18n, errors.registration_taken).into_any(),
        FieldIssue::InvalidChoice => t!(i18n, errors.invalid_choice).into_any(),
        FieldIssue::PhoneFormat => t!(i18n, errors.phone_format).into_any(),
        FieldIssue::WebsiteFormat => t!(i18n, errors.website_format).into_any(),
        FieldIssue::ChangedMeanwhile => t!(i18n, errors.changed_meanwhile).into_any(),
        FieldIssue::NotAllowedNow => t!(i18n, errors.not_allowed_now).into_any(),
        FieldIssue::NoSuchAccount => t!(i18n, errors.no_such_account).into_any(),
        FieldIssue::AlreadyListed => t!(i18n, errors.already_listed).into_any(),
    }
}

/// A form-wide message (not tied to one field), announced to screen readers.
#[component]
pub fn FormAlert(issue: Signal<Option<FieldIssue>>) -> impl IntoView {
    view! {
        <div class="form-alert" role="alert" hidden=move || issue.get().is_none()>
            {move || issue.get().map(|issue| view! { <IssueText issue /> })}
        </div>
    }
}
