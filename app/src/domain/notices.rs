//! The kinds of event a person is told about, in the app and (if they choose) by email.
use super::codes::codes;
use serde::{Deserialize, Serialize};

codes!(
    NoticeKind {
        ProposalMoved => "proposal_moved",
        ProposalComment => "proposal_comment",
        ProjectAssigned => "project_assigned",
        ProjectStatus => "project_status",
        ProjectFollowUp => "project_follow_up",
        Mention => "mention",
        CardAssigned => "card_assigned",
        MeetingInvited => "meeting_invited",
        DecisionAssigned => "decision_assigned",
        ReminderDue => "reminder_due",
        ReminderWaiting => "reminder_waiting",
        ShiftReminder => "shift_reminder",
        ShiftSeat => "shift_seat",
        Placement => "placement",
    }
);

/// The kinds a person may choose to receive by email, from what the settings form sent:
/// unknown codes are dropped, duplicates kept once.
pub fn chosen(sent: &[String]) -> Vec<NoticeKind> {
    NoticeKind::ALL
        .iter()
        .copied()
        .filter(|k| sent.iter().any(|s| s == k.as_str()))
        .collect()
}

/// Each kind with whether it is received, from the kinds opted out of.
pub fn kinds_on(off: &[String]) -> Vec<(NoticeKind, bool)> {
    NoticeKind::ALL
        .iter()
        .map(|k| (*k, !off.iter().any(|o| o == k.as_str())))
        .collect()
}

/// The kinds opted out of, from what a settings form sent (the kinds chosen).
pub fn opted_out(sent: &[String]) -> Vec<&'static str> {
    let wanted = chosen(sent);
    NoticeKind::ALL
        .iter()
        .filter(|k| !wanted.contains(k))
        .map(|k| k.as_str())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chosen_keeps_known_kinds_once_in_order() {
        let sent = [
            "project_status",
            "nonsense",
            "proposal_moved",
            "project_status",
        ]
        .map(String::from);
        assert_eq!(
            chosen(&sent),
            vec![NoticeKind::ProposalMoved, NoticeKind::ProjectStatus]
        );
        assert!(chosen(&[]).is_empty());
    }
}
