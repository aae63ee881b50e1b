//! The reader's words for the groups of "my work".
use crate::domain::digits::to_persian_digits;
use crate::domain::my_work::{Timing, WorkKind};
use crate::i18n::*;

pub fn heading(kind: WorkKind) -> &'static str {
    heading_in(use_i18n().get_locale(), kind)
}

/// A group's heading in `l` (also for the digest email, written outside any page).
pub fn heading_in(l: Locale, kind: WorkKind) -> &'static str {
    use WorkKind::*;
    match kind {
        DecideProposal => td_string!(l, work.heading_decide_proposal),
        VerifyOrganisation => td_string!(l, work.heading_verify_organisation),
        StalledProject => td_string!(l, work.heading_stalled_project),
        OutboxFailure => td_string!(l, work.heading_outbox_failure),
        ReferProposal => td_string!(l, work.heading_refer_proposal),
        RecommendProposal => td_string!(l, work.heading_recommend_proposal),
        PrepareMeeting => td_string!(l, work.heading_prepare_meeting),
        PublishMinutes => td_string!(l, work.heading_publish_minutes),
        DecisionOverdue => td_string!(l, work.heading_decision_overdue),
        ReviseProposal => td_string!(l, work.heading_revise_proposal),
        SubmitDraft => td_string!(l, work.heading_submit_draft),
        ReportDue => td_string!(l, work.heading_report_due),
        MilestoneDue => td_string!(l, work.heading_milestone_due),
        OwnVerification => td_string!(l, work.heading_own_verification),
        VerifyVolunteer => td_string!(l, work.heading_verify_volunteer),
        MergeVolunteer => td_string!(l, work.heading_merge_volunteer),
        PlaceAgain => td_string!(l, work.heading_place_again),
        AnswerPlacement => td_string!(l, work.heading_answer_placement),
        ApproveHours => td_string!(l, work.heading_approve_hours),
        RecordAttendance => td_string!(l, work.heading_record_attendance),
        CloseAction => td_string!(l, work.heading_close_action),
        ConfirmSeat => td_string!(l, work.heading_confirm_seat),
        BoardTask => td_string!(l, work.heading_board_task),
        MyDecision => td_string!(l, work.heading_my_decision),
        Mention => td_string!(l, work.heading_mention),
    }
}

/// Why the items of a group wait for the reader (for their own organisation, whether it is
/// rejected or still pending).
pub fn why(kind: WorkKind, rejected: bool) -> &'static str {
    use WorkKind::*;
    let l = use_i18n().get_locale();
    match kind {
        DecideProposal => td_string!(l, work.why_decide_proposal),
        VerifyOrganisation => td_string!(l, work.why_verify_organisation),
        StalledProject => td_string!(l, work.why_stalled_project),
        OutboxFailure => td_string!(l, work.why_outbox_failure),
        ReferProposal => td_string!(l, work.why_refer_proposal),
        RecommendProposal => td_string!(l, work.why_recommend_proposal),
        PrepareMeeting => td_string!(l, work.why_prepare_meeting),
        PublishMinutes => td_string!(l, work.why_publish_minutes),
        DecisionOverdue => td_string!(l, work.why_decision_overdue),
        ReviseProposal => td_string!(l, work.why_revise_proposal),
        SubmitDraft => td_string!(l, work.why_submit_draft),
        ReportDue => td_string!(l, work.why_report_due),
        MilestoneDue => td_string!(l, work.why_milestone_due),
        OwnVerification if rejected => td_string!(l, work.why_own_verification_rejected),
        OwnVerification => td_string!(l, work.why_own_verification_pending),
        VerifyVolunteer => td_string!(l, work.why_verify_volunteer),
        MergeVolunteer => td_string!(l, work.why_merge_volunteer),
        PlaceAgain => td_string!(l, work.why_place_again),
        AnswerPlacement => td_string!(l, work.why_answer_placement),
        ApproveHours => td_string!(l, work.why_approve_hours),
        RecordAttendance => td_string!(l, work.why_record_attendance),
        CloseAction => td_string!(l, work.why_close_action),
        ConfirmSeat => td_string!(l, work.why_confirm_seat),
        BoardTask => td_string!(l, work.why_board_task),
        MyDecision => td_string!(l, work.why_my_decision),
        Mention => td_string!(l, work.why_mention),
    }
}

/// Where the whole of a group can be seen, when there is such a page.
pub fn see_all(kind: WorkKind) -> Option<&'static str> {
    use WorkKind::*;
    match kind {
        DecideProposal => Some("/proposals?status=recommended"),
        ReferProposal | RecommendProposal | ReviseProposal | SubmitDraft => Some("/proposals"),
        VerifyOrganisation => Some("/organisations?status=pending"),
        StalledProject => Some("/follow-up"),
        OutboxFailure => Some("/admin/outbox"),
        Mention => Some("/notifications"),
        BoardTask => Some("/boards"),
        VerifyVolunteer => Some("/volunteers"),
        MergeVolunteer => Some("/volunteers#merges-h"),
        _ => None,
    }
}

/// How long an item has waited or how soon it is due, in `l`.
pub fn timing_in(l: Locale, timing: Timing) -> String {
    let n = |n: i64| {
        if l == Locale::fa {
            to_persian_digits(&n.to_string())
        } else {
            n.to_string()
        }
    };
    match timing {
        Timing::Overdue(d) => td_string!(l, work.overdue, count = n(d)).to_string(),
        Timing::DueIn(0) => td_string!(l, work.due_today).to_string(),
        Timing::DueIn(d) => td_string!(l, work.due_in, count = n(d)).to_string(),
        Timing::Today => td_string!(l, work.since_today).to_string(),
        Timing::Waiting(d) => td_string!(l, work.waiting, count = n(d)).to_string(),
        Timing::Unknown => String::new(),
    }
}
