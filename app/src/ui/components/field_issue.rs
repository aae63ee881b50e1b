use crate::domain::digits::to_persian_digits;
use crate::domain::validation::FieldIssue;
use crate::i18n::*;
use leptos::prelude::*;

/// The sentence for one field issue, in the reader's language. One text node (rather than a
/// view per issue) keeps the browser build small.
#[component]
pub fn IssueText(issue: FieldIssue) -> impl IntoView {
    let i18n = use_i18n();
    move || issue_text(i18n, issue)
}

fn issue_text(i18n: leptos_i18n::I18nContext<Locale>, issue: FieldIssue) -> String {
    let number = |n: u32| {
        let s = n.to_string();
        match i18n.get_locale() {
            Locale::fa => to_persian_digits(&s),
            Locale::en => s,
        }
    };
    match issue {
        FieldIssue::Required => t_string!(i18n, errors.required).to_string(),
        FieldIssue::TooShort(min) => {
            t_string!(i18n, errors.too_short, min = number(min)).to_string()
        }
        FieldIssue::TooLong(max) => t_string!(i18n, errors.too_long, max = number(max)).to_string(),
        FieldIssue::UsernameChars => t_string!(i18n, errors.username_chars).to_string(),
        FieldIssue::EmailFormat => t_string!(i18n, errors.email_format).to_string(),
        FieldIssue::PasswordMismatch => t_string!(i18n, errors.password_mismatch).to_string(),
        FieldIssue::UsernameTaken => t_string!(i18n, errors.username_taken).to_string(),
        FieldIssue::WrongCredentials => t_string!(i18n, errors.wrong_credentials).to_string(),
        FieldIssue::RateLimited(minutes) => {
            t_string!(i18n, errors.rate_limited, minutes = number(minutes)).to_string()
        }
        FieldIssue::AccountDisabled => t_string!(i18n, errors.account_disabled).to_string(),
        FieldIssue::WrongPassword => t_string!(i18n, errors.wrong_password).to_string(),
        FieldIssue::SameAsUsername => t_string!(i18n, errors.same_as_username).to_string(),
        FieldIssue::NotANumber => t_string!(i18n, errors.not_a_number).to_string(),
        FieldIssue::OutOfRange => t_string!(i18n, errors.out_of_range).to_string(),
        FieldIssue::InvalidDate => t_string!(i18n, errors.invalid_date).to_string(),
        FieldIssue::EndsBeforeStart => t_string!(i18n, errors.ends_before_start).to_string(),
        FieldIssue::SeatTaken => t_string!(i18n, errors.seat_taken).to_string(),
        FieldIssue::RegistrationTaken => t_string!(i18n, errors.registration_taken).to_string(),
        FieldIssue::InvalidChoice => t_string!(i18n, errors.invalid_choice).to_string(),
        FieldIssue::PhoneFormat => t_string!(i18n, errors.phone_format).to_string(),
        FieldIssue::WebsiteFormat => t_string!(i18n, errors.website_format).to_string(),
        FieldIssue::ChangedMeanwhile => t_string!(i18n, errors.changed_meanwhile).to_string(),
        FieldIssue::NotAllowedNow => t_string!(i18n, errors.not_allowed_now).to_string(),
        FieldIssue::NoSuchAccount => t_string!(i18n, errors.no_such_account).to_string(),
        FieldIssue::AlreadyListed => t_string!(i18n, errors.already_listed).to_string(),
        FieldIssue::FileTooLarge(kb) => {
            t_string!(i18n, errors.file_too_large, kb = number(kb)).to_string()
        }
        FieldIssue::NotAnImage => t_string!(i18n, errors.not_an_image).to_string(),
        FieldIssue::TooManyPixels(megapixels) => t_string!(
            i18n,
            errors.too_many_pixels,
            megapixels = number(megapixels)
        )
        .to_string(),
        FieldIssue::Incomplete => t_string!(i18n, errors.incomplete).to_string(),
        FieldIssue::NotADocument => t_string!(i18n, errors.not_a_document).to_string(),
        FieldIssue::NoSuchMove => t_string!(i18n, errors.no_such_move).to_string(),
        FieldIssue::WrongLane => t_string!(i18n, errors.wrong_lane).to_string(),
        FieldIssue::OnlyProposer => t_string!(i18n, errors.only_proposer).to_string(),
        FieldIssue::OnlyOfficials => t_string!(i18n, errors.only_officials).to_string(),
        FieldIssue::OnlyCommitteeLeads => t_string!(i18n, errors.only_committee_leads).to_string(),
        FieldIssue::OnlyLeadAgency => t_string!(i18n, errors.only_lead_agency).to_string(),
        FieldIssue::InvalidTime => t_string!(i18n, errors.invalid_time).to_string(),
        FieldIssue::PlaceOrLink => t_string!(i18n, errors.place_or_link).to_string(),
        FieldIssue::MobileFormat => t_string!(i18n, errors.mobile_format).to_string(),
        FieldIssue::WrongCode => t_string!(i18n, errors.wrong_code).to_string(),
        FieldIssue::CodeExpired => t_string!(i18n, errors.code_expired).to_string(),
        FieldIssue::TooSoon(seconds) => {
            t_string!(i18n, errors.too_soon, seconds = number(seconds)).to_string()
        }
        FieldIssue::TooManyFiles(n) => {
            t_string!(i18n, errors.too_many_files, count = number(n)).to_string()
        }
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
