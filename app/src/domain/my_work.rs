//! "My work": what waits for one person, grouped by what they must do, the most overdue and
//! then the longest waiting first. Plain rules: which groups a caller sees, when a progress
//! report falls due, and the order of items; the queries live in `server::db::my_work`.
use super::codes::codes;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

codes!(
    /// What a person must do about an item; the order here is the order on the page.
    WorkKind {
        DecideProposal => "decide_proposal",
        VerifyOrganisation => "verify_organisation",
        StalledProject => "stalled_project",
        OutboxFailure => "outbox_failure",
        ReferProposal => "refer_proposal",
        RecommendProposal => "recommend_proposal",
        PrepareMeeting => "prepare_meeting",
        PublishMinutes => "publish_minutes",
        DecisionOverdue => "decision_overdue",
        ReviseProposal => "revise_proposal",
        SubmitDraft => "submit_draft",
        ReportDue => "report_due",
        MilestoneDue => "milestone_due",
        OwnVerification => "own_verification",
        VerifyVolunteer => "verify_volunteer",
        MergeVolunteer => "merge_volunteer",
        PlaceAgain => "place_again",
        AnswerPlacement => "answer_placement",
        ApproveHours => "approve_hours",
        RecordAttendance => "record_attendance",
        CloseAction => "close_action",
        ConfirmSeat => "confirm_seat",
        BoardTask => "board_task",
        MyDecision => "my_decision",
        Mention => "mention",
    }
);

/// Who the caller is, as far as "my work" cares.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Duties {
    pub staff: bool,
    pub admin: bool,
    /// Chair or secretary of at least one committee.
    pub committee_lead: bool,
    /// Represents at least one organisation.
    pub representative: bool,
}

/// The groups this caller is shown, in page order. Everyone has board tasks, decisions and
/// mentions; the rest follow their duties.
pub fn kinds_for(d: Duties) -> Vec<WorkKind> {
    use WorkKind::*;
    WorkKind::ALL
        .iter()
        .copied()
        .filter(|k| match k {
            DecideProposal | VerifyOrganisation | StalledProject => d.staff,
            OutboxFailure => d.admin,
            ReferProposal | RecommendProposal | PrepareMeeting | PublishMinutes
            | DecisionOverdue => d.committee_lead,
            ReviseProposal | SubmitDraft | ReportDue | MilestoneDue | OwnVerification
            | VerifyVolunteer | MergeVolunteer | PlaceAgain => d.representative,
            // Anyone may manage a centre (its manager account need represent no one).
            // A volunteer need not represent anyone either.
            BoardTask | MyDecision | Mention | AnswerPlacement | ApproveHours
            | RecordAttendance | CloseAction | ConfirmSeat => true,
        })
        .collect()
}

/// One thing waiting. `since` is the day it started waiting; `due` the day it must be done by.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WorkItem {
    pub kind: WorkKind,
    pub id: i64,
    /// What it is about (user text).
    pub title: String,
    /// Why it waits, when there is more to say than the group does (a revision's reason, a
    /// failed email's error, an organisation's state); user text.
    pub note: String,
    /// A code saying more about the item (an organisation's status); empty when none.
    pub state: String,
    pub since: Option<NaiveDate>,
    pub due: Option<NaiveDate>,
    pub link: String,
}

/// How late or how old an item is, as shown beside it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Timing {
    /// Past its due day by this many days.
    Overdue(i64),
    /// Due today or in this many days.
    DueIn(i64),
    /// Waiting since today.
    Today,
    /// Waiting for this many days.
    Waiting(i64),
    Unknown,
}

impl WorkItem {
    pub fn timing(&self, today: NaiveDate) -> Timing {
        if let Some(due) = self.due {
            let days = (due - today).num_days();
            return if days < 0 {
                Timing::Overdue(-days)
            } else {
                Timing::DueIn(days)
            };
        }
        match self.since.map(|s| (today - s).num_days().max(0)) {
            Some(0) => Timing::Today,
            Some(days) => Timing::Waiting(days),
            None => Timing::Unknown,
        }
    }
}

/// An item as the page shows it: its timing already judged against today.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WorkEntry {
    pub id: i64,
    pub title: String,
    pub note: String,
    pub state: String,
    pub timing: Timing,
    pub link: String,
}

/// A group of items of one kind: how many there are in all and the first few.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WorkGroup {
    pub kind: WorkKind,
    pub total: i64,
    pub items: Vec<WorkEntry>,
}

impl WorkGroup {
    /// The group of `total` items of `kind`, its shown `items` in priority order.
    pub fn of(kind: WorkKind, total: i64, mut items: Vec<WorkItem>, today: NaiveDate) -> Self {
        sort_items(&mut items, today);
        let items = items
            .into_iter()
            .map(|i| WorkEntry {
                timing: i.timing(today),
                id: i.id,
                title: i.title,
                note: i.note,
                state: i.state,
                link: i.link,
            })
            .collect();
        WorkGroup { kind, total, items }
    }
}

/// Items most overdue first, then those due soonest, then the longest waiting, then by id so
/// the order is stable.
pub fn sort_items(items: &mut [WorkItem], today: NaiveDate) {
    items.sort_by_key(|item| {
        let rank = match item.timing(today) {
            Timing::Overdue(d) => (0, -d),
            Timing::DueIn(d) => (1, d),
            Timing::Today => (2, 0),
            Timing::Waiting(d) => (2, -d),
            Timing::Unknown => (3, 0),
        };
        (rank, item.id)
    });
}

/// Progress reports are owed every `interval_days` from the last one (or from the start);
/// the day the next one is due.
pub fn report_due(
    last_report: Option<NaiveDate>,
    started: Option<NaiveDate>,
    interval_days: i64,
) -> Option<NaiveDate> {
    Some(last_report.or(started)? + chrono::Duration::days(interval_days))
}

/// A report or milestone is shown from this many days before it falls due.
pub const DUE_SOON_DAYS: i64 = 7;

/// Whether something due on `due` belongs on the list `today`.
pub fn due_soon(due: NaiveDate, today: NaiveDate) -> bool {
    (due - today).num_days() <= DUE_SOON_DAYS
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn item(id: i64, since: Option<&str>, due: Option<&str>) -> WorkItem {
        WorkItem {
            kind: WorkKind::BoardTask,
            id,
            title: String::new(),
            note: String::new(),
            state: String::new(),
            since: since.map(day),
            due: due.map(day),
            link: String::new(),
        }
    }

    #[test]
    fn each_role_sees_its_own_groups() {
        // Anyone may manage a centre, so proposals to answer are everyone's group too.
        let everyone = [
            WorkKind::AnswerPlacement,
            WorkKind::ApproveHours,
            WorkKind::RecordAttendance,
            WorkKind::CloseAction,
            WorkKind::ConfirmSeat,
            WorkKind::BoardTask,
            WorkKind::MyDecision,
            WorkKind::Mention,
        ];
        assert_eq!(kinds_for(Duties::default()), everyone);
        let official = kinds_for(Duties {
            staff: true,
            ..Duties::default()
        });
        assert!(official.contains(&WorkKind::DecideProposal));
        assert!(!official.contains(&WorkKind::OutboxFailure));
        assert!(!official.contains(&WorkKind::SubmitDraft));
        let admin = kinds_for(Duties {
            staff: true,
            admin: true,
            ..Duties::default()
        });
        assert!(admin.contains(&WorkKind::OutboxFailure));
        let ngo = kinds_for(Duties {
            representative: true,
            ..Duties::default()
        });
        assert!(ngo.contains(&WorkKind::ReviseProposal));
        assert!(ngo.contains(&WorkKind::VerifyVolunteer));
        assert!(ngo.contains(&WorkKind::MergeVolunteer));
        assert!(!official.contains(&WorkKind::MergeVolunteer));
        assert!(!official.contains(&WorkKind::VerifyVolunteer));
        assert!(!ngo.contains(&WorkKind::VerifyOrganisation));
        assert!(!ngo.contains(&WorkKind::RecommendProposal));
        let chair = kinds_for(Duties {
            committee_lead: true,
            ..Duties::default()
        });
        assert!(chair.contains(&WorkKind::PublishMinutes));
        assert_eq!(chair.last(), Some(&WorkKind::Mention));
    }

    #[test]
    fn timing_says_late_due_or_waiting() {
        let today = day("2026-11-30");
        assert_eq!(
            item(1, None, Some("2026-11-27")).timing(today),
            Timing::Overdue(3)
        );
        assert_eq!(
            item(1, Some("2026-01-01"), Some("2026-11-30")).timing(today),
            Timing::DueIn(0)
        );
        assert_eq!(
            item(1, Some("2026-11-30"), None).timing(today),
            Timing::Today
        );
        assert_eq!(
            item(1, Some("2026-11-20"), None).timing(today),
            Timing::Waiting(10)
        );
        // A clock a little ahead never makes "-1 days".
        assert_eq!(
            item(1, Some("2026-12-01"), None).timing(today),
            Timing::Today
        );
        assert_eq!(item(1, None, None).timing(today), Timing::Unknown);
    }

    #[test]
    fn most_overdue_first_then_soonest_then_oldest() {
        let today = day("2026-11-30");
        let mut items = vec![
            item(1, Some("2026-11-29"), None),
            item(2, None, Some("2026-12-03")),
            item(3, None, Some("2026-11-28")),
            item(4, Some("2026-10-01"), None),
            item(5, None, Some("2026-11-01")),
            item(6, None, None),
            item(7, None, Some("2026-12-01")),
        ];
        sort_items(&mut items, today);
        let order: Vec<i64> = items.iter().map(|i| i.id).collect();
        assert_eq!(order, [5, 3, 7, 2, 4, 1, 6]);
    }

    #[test]
    fn reports_fall_due_an_interval_after_the_last() {
        let last = day("2026-11-01");
        assert_eq!(
            report_due(Some(last), Some(day("2026-01-01")), 30),
            Some(day("2026-12-01"))
        );
        assert_eq!(
            report_due(None, Some(day("2026-11-10")), 30),
            Some(day("2026-12-10"))
        );
        assert_eq!(report_due(None, None, 30), None);
        let today = day("2026-11-30");
        assert!(due_soon(day("2026-12-07"), today));
        assert!(!due_soon(day("2026-12-08"), today));
        assert!(due_soon(day("2026-10-01"), today));
    }
}
