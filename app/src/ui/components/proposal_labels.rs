//! The reader's words for the codes of proposals and assessments.
use crate::domain::assessment_rules::AssessmentMethod;
use crate::domain::proposal_flow::{ProposalMove, ProposalStatus};
use crate::domain::proposal_rules::BeneficiaryGroup;
use crate::i18n::*;

pub fn status_in(locale: Locale, s: ProposalStatus) -> &'static str {
    use ProposalStatus as S;
    match s {
        S::Draft => td_string!(locale, proposals.status_draft),
        S::Submitted => td_string!(locale, proposals.status_submitted),
        S::InReview => td_string!(locale, proposals.status_in_review),
        S::RevisionRequested => td_string!(locale, proposals.status_revision_requested),
        S::Recommended => td_string!(locale, proposals.status_recommended),
        S::Declined => td_string!(locale, proposals.status_declined),
        S::Approved => td_string!(locale, proposals.status_approved),
        S::Rejected => td_string!(locale, proposals.status_rejected),
    }
}

pub fn status(s: ProposalStatus) -> String {
    status_in(use_i18n().get_locale(), s).to_string()
}

/// The badge colour class of a status.
pub fn status_class(s: ProposalStatus) -> &'static str {
    use ProposalStatus as S;
    match s {
        S::Approved | S::Recommended => "badge ok",
        S::Declined | S::Rejected => "badge danger",
        S::RevisionRequested => "badge warn",
        _ => "badge",
    }
}

pub fn action(m: ProposalMove) -> String {
    use ProposalMove as M;
    let locale = use_i18n().get_locale();
    match m {
        M::Submit => td_string!(locale, proposals.move_submit),
        M::SendToCommittee => td_string!(locale, proposals.move_send_to_committee),
        M::RequestRevision => td_string!(locale, proposals.move_request_revision),
        M::Recommend => td_string!(locale, proposals.move_recommend),
        M::Decline => td_string!(locale, proposals.move_decline),
        M::Approve => td_string!(locale, proposals.move_approve),
        M::Reject => td_string!(locale, proposals.move_reject),
    }
    .to_string()
}

pub fn group(g: BeneficiaryGroup) -> String {
    use BeneficiaryGroup as G;
    let locale = use_i18n().get_locale();
    match g {
        G::Children => td_string!(locale, proposals.group_children),
        G::WomenHeads => td_string!(locale, proposals.group_women_heads),
        G::Disabled => td_string!(locale, proposals.group_disabled),
        G::DayLabourers => td_string!(locale, proposals.group_day_labourers),
        G::Elderly => td_string!(locale, proposals.group_elderly),
        G::Youth => td_string!(locale, proposals.group_youth),
        G::Migrants => td_string!(locale, proposals.group_migrants),
        G::Other => td_string!(locale, proposals.group_other),
    }
    .to_string()
}

pub fn method(m: AssessmentMethod) -> String {
    use AssessmentMethod as A;
    let locale = use_i18n().get_locale();
    match m {
        A::Survey => td_string!(locale, proposals.method_survey),
        A::Interviews => td_string!(locale, proposals.method_interviews),
        A::FieldVisit => td_string!(locale, proposals.method_field_visit),
        A::FocusGroup => td_string!(locale, proposals.method_focus_group),
        A::Other => td_string!(locale, proposals.method_other),
    }
    .to_string()
}
