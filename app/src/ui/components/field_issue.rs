use crate::domain::digits::to_persian_digits;
use crate::domain::validation::FieldIssue;
use crate::i18n::*;
use leptos::prelude::*;

/// The sentence for one field issue, in the reader's language. One text node (rather than a
/// view per issue) keeps the browser build small.
#[component]
pub fn IssueText(issue: FieldIssue) -> impl IntoView {
    let i18n = use_i18n();
    move || issue_text(i18n.get_locale(), issue)
}

/// The sentence for one field issue in `locale`.
pub fn issue_text(locale: Locale, issue: FieldIssue) -> String {
    let number = |n: u32| {
        let s = n.to_string();
        match locale {
            Locale::fa => to_persian_digits(&s),
            Locale::en => s,
        }
    };
    match issue {
        FieldIssue::Required => td_string!(locale, errors.required).to_string(),
        FieldIssue::TooShort(min) => {
            td_string!(locale, errors.too_short, min = number(min)).to_string()
        }
        FieldIssue::TooLong(max) => {
            td_string!(locale, errors.too_long, max = number(max)).to_string()
        }
        FieldIssue::UsernameChars => td_string!(locale, errors.username_chars).to_string(),
        FieldIssue::CodeChars => td_string!(locale, errors.code_chars).to_string(),
        FieldIssue::EmailFormat => td_string!(locale, errors.email_format).to_string(),
        FieldIssue::PasswordMismatch => td_string!(locale, errors.password_mismatch).to_string(),
        FieldIssue::UsernameTaken => td_string!(locale, errors.username_taken).to_string(),
        FieldIssue::WrongCredentials => td_string!(locale, errors.wrong_credentials).to_string(),
        FieldIssue::RateLimited(minutes) => {
            td_string!(locale, errors.rate_limited, minutes = number(minutes)).to_string()
        }
        FieldIssue::AccountDisabled => td_string!(locale, errors.account_disabled).to_string(),
        FieldIssue::WrongPassword => td_string!(locale, errors.wrong_password).to_string(),
        FieldIssue::SameAsUsername => td_string!(locale, errors.same_as_username).to_string(),
        FieldIssue::NotANumber => td_string!(locale, errors.not_a_number).to_string(),
        FieldIssue::OutOfRange => td_string!(locale, errors.out_of_range).to_string(),
        FieldIssue::InvalidDate => td_string!(locale, errors.invalid_date).to_string(),
        FieldIssue::EndsBeforeStart => td_string!(locale, errors.ends_before_start).to_string(),
        FieldIssue::SeatTaken => td_string!(locale, errors.seat_taken).to_string(),
        FieldIssue::RegistrationTaken => td_string!(locale, errors.registration_taken).to_string(),
        FieldIssue::InvalidChoice => td_string!(locale, errors.invalid_choice).to_string(),
        FieldIssue::PhoneFormat => td_string!(locale, errors.phone_format).to_string(),
        FieldIssue::WebsiteFormat => td_string!(locale, errors.website_format).to_string(),
        FieldIssue::ChangedMeanwhile => td_string!(locale, errors.changed_meanwhile).to_string(),
        FieldIssue::NotAllowedNow => td_string!(locale, errors.not_allowed_now).to_string(),
        FieldIssue::NoSuchAccount => td_string!(locale, errors.no_such_account).to_string(),
        FieldIssue::AlreadyListed => td_string!(locale, errors.already_listed).to_string(),
        FieldIssue::FileTooLarge(kb) => {
            td_string!(locale, errors.file_too_large, kb = number(kb)).to_string()
        }
        FieldIssue::NotAnImage => td_string!(locale, errors.not_an_image).to_string(),
        FieldIssue::TooManyPixels(megapixels) => td_string!(
            locale,
            errors.too_many_pixels,
            megapixels = number(megapixels)
        )
        .to_string(),
        FieldIssue::Incomplete => td_string!(locale, errors.incomplete).to_string(),
        FieldIssue::NotADocument => td_string!(locale, errors.not_a_document).to_string(),
        FieldIssue::NoSuchMove => td_string!(locale, errors.no_such_move).to_string(),
        FieldIssue::WrongLane => td_string!(locale, errors.wrong_lane).to_string(),
        FieldIssue::OnlyProposer => td_string!(locale, errors.only_proposer).to_string(),
        FieldIssue::OnlyOfficials => td_string!(locale, errors.only_officials).to_string(),
        FieldIssue::OnlyCommitteeLeads => {
            td_string!(locale, errors.only_committee_leads).to_string()
        }
        FieldIssue::OnlyLeadAgency => td_string!(locale, errors.only_lead_agency).to_string(),
        FieldIssue::InvalidTime => td_string!(locale, errors.invalid_time).to_string(),
        FieldIssue::Overlaps => td_string!(locale, errors.overlaps).to_string(),
        FieldIssue::PlaceOrLink => td_string!(locale, errors.place_or_link).to_string(),
        FieldIssue::MobileFormat => td_string!(locale, errors.mobile_format).to_string(),
        FieldIssue::NationalCodeFormat => {
            td_string!(locale, errors.national_code_format).to_string()
        }
        FieldIssue::NationalCodeTaken => td_string!(locale, errors.national_code_taken).to_string(),
        FieldIssue::DayReported => td_string!(locale, errors.day_reported).to_string(),
        FieldIssue::BeforePlacement => td_string!(locale, errors.before_placement).to_string(),
        FieldIssue::OutsideCampaign => td_string!(locale, errors.outside_campaign).to_string(),
        FieldIssue::GoalUnnamed => td_string!(locale, errors.goal_unnamed).to_string(),
        FieldIssue::MentorsItself => td_string!(locale, errors.mentors_itself).to_string(),
        FieldIssue::WrongCode => td_string!(locale, errors.wrong_code).to_string(),
        FieldIssue::CodeExpired => td_string!(locale, errors.code_expired).to_string(),
        FieldIssue::TooSoon(seconds) => {
            td_string!(locale, errors.too_soon, seconds = number(seconds)).to_string()
        }
        FieldIssue::TooManyFiles(n) => {
            td_string!(locale, errors.too_many_files, count = number(n)).to_string()
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
