//! What a notification says, in the given language: the same words in the notification
//! centre and in the email.
use crate::domain::notices::NoticeKind;
use crate::domain::project_rules::{FollowUpAction, ProjectStatus};
use crate::domain::proposal_flow::ProposalStatus;
use crate::domain::reminders::ReminderRule;
use crate::i18n::*;
use crate::ui::components::{project_labels, proposal_labels};

/// The sentence for an event of `kind` made by `who`, with its `detail` code.
pub fn notice_in(locale: Locale, kind: &str, who: &str, detail: &str) -> String {
    let Some(kind) = NoticeKind::parse(kind) else {
        return String::new();
    };
    match kind {
        NoticeKind::ProposalMoved => {
            let status = ProposalStatus::parse(detail)
                .map(|s| proposal_labels::status_in(locale, s))
                .unwrap_or_default();
            td_string!(
                locale,
                notifications.proposal_moved,
                who = who,
                status = status
            )
            .to_string()
        }
        NoticeKind::ProposalComment => {
            td_string!(locale, notifications.proposal_comment, who = who).to_string()
        }
        NoticeKind::ProjectAssigned => {
            td_string!(locale, notifications.project_assigned, who = who).to_string()
        }
        NoticeKind::ProjectStatus => {
            let status = ProjectStatus::parse(detail)
                .map(|s| project_labels::status_in(locale, s))
                .unwrap_or_default();
            td_string!(
                locale,
                notifications.project_status,
                who = who,
                status = status
            )
            .to_string()
        }
        NoticeKind::ProjectFollowUp => {
            let action = FollowUpAction::parse(detail)
                .map(|a| project_labels::follow_up_in(locale, a))
                .unwrap_or_default();
            td_string!(
                locale,
                notifications.project_follow_up,
                who = who,
                action = action
            )
            .to_string()
        }
        NoticeKind::Mention => td_string!(locale, notifications.mention, who = who).to_string(),
        NoticeKind::CardAssigned => {
            td_string!(locale, notifications.card_assigned, who = who).to_string()
        }
        NoticeKind::MeetingInvited => {
            td_string!(locale, notifications.meeting_invited, who = who).to_string()
        }
        NoticeKind::DecisionAssigned => {
            td_string!(locale, notifications.decision_assigned).to_string()
        }
        NoticeKind::ReminderDue | NoticeKind::ReminderWaiting => ReminderRule::parse(detail)
            .map(|rule| reminder_in(locale, rule).to_string())
            .unwrap_or_default(),
        NoticeKind::ShiftReminder => td_string!(locale, notifications.shift_reminder).to_string(),
        NoticeKind::ShiftSeat => match detail {
            "booked" => td_string!(locale, notifications.shift_booked).to_string(),
            "freed" => td_string!(locale, notifications.shift_freed).to_string(),
            _ => td_string!(locale, notifications.shift_cancelled, who = who).to_string(),
        },
        NoticeKind::Placement => match detail {
            "proposed" => {
                td_string!(locale, notifications.placement_proposed, who = who).to_string()
            }
            "accepted" => td_string!(locale, notifications.placement_accepted).to_string(),
            "declined" => td_string!(locale, notifications.placement_declined).to_string(),
            _ => td_string!(locale, notifications.placement_returned).to_string(),
        },
    }
}

/// The name of a kind, for the email settings.
pub fn kind_name_in(locale: Locale, kind: NoticeKind) -> &'static str {
    match kind {
        NoticeKind::ProposalMoved => td_string!(locale, notifications.kind_proposal_moved),
        NoticeKind::ProposalComment => td_string!(locale, notifications.kind_proposal_comment),
        NoticeKind::ProjectAssigned => td_string!(locale, notifications.kind_project_assigned),
        NoticeKind::ProjectStatus => td_string!(locale, notifications.kind_project_status),
        NoticeKind::ProjectFollowUp => td_string!(locale, notifications.kind_project_follow_up),
        NoticeKind::Mention => td_string!(locale, notifications.kind_mention),
        NoticeKind::CardAssigned => td_string!(locale, notifications.kind_card_assigned),
        NoticeKind::MeetingInvited => td_string!(locale, notifications.kind_meeting_invited),
        NoticeKind::DecisionAssigned => td_string!(locale, notifications.kind_decision_assigned),
        NoticeKind::ReminderDue => td_string!(locale, notifications.kind_reminder_due),
        NoticeKind::ReminderWaiting => td_string!(locale, notifications.kind_reminder_waiting),
        NoticeKind::ShiftReminder => td_string!(locale, notifications.kind_shift_reminder),
        NoticeKind::ShiftSeat => td_string!(locale, notifications.kind_shift_seat),
        NoticeKind::Placement => td_string!(locale, notifications.kind_placement),
    }
}

/// What a reminder says.
fn reminder_in(locale: Locale, rule: ReminderRule) -> &'static str {
    use ReminderRule::*;
    match rule {
        ReportSoon => td_string!(locale, notifications.reminder_report_soon),
        ReportOverdue => td_string!(locale, notifications.reminder_report_overdue),
        MilestoneTomorrow => td_string!(locale, notifications.reminder_milestone_tomorrow),
        MilestoneOverdue => td_string!(locale, notifications.reminder_milestone_overdue),
        TaskTomorrow => td_string!(locale, notifications.reminder_task_tomorrow),
        TaskOverdue => td_string!(locale, notifications.reminder_task_overdue),
        ProposalAtCommittee => td_string!(locale, notifications.reminder_proposal_at_committee),
        ProposalAwaitingDecision => {
            td_string!(locale, notifications.reminder_proposal_awaiting_decision)
        }
        OrganisationWaiting => td_string!(locale, notifications.reminder_organisation_waiting),
        ActionUnclosed => td_string!(locale, notifications.reminder_action_unclosed),
    }
}

/// A settings form's choices: every kind with its name in `locale`, and those received now.
pub fn kind_choices(
    locale: Locale,
    kinds: &[(NoticeKind, bool)],
) -> (Vec<(String, String)>, Vec<String>) {
    let options = kinds
        .iter()
        .map(|(k, _)| (k.as_str().to_string(), kind_name_in(locale, *k).to_string()))
        .collect();
    let chosen = kinds
        .iter()
        .filter(|(_, on)| *on)
        .map(|(k, _)| k.as_str().to_string())
        .collect();
    (options, chosen)
}
