//! A working group's board: which column a card stands in, what moving it means (a
//! proposal's or project's transition, or a task's new state), where it lands in its column,
//! and who may look. The transitions themselves and who may make them stay the proposals'
//! and projects' own rules; a board only translates a drop into one of them.
use super::codes::codes;
use super::directory_rules::{optional_day, optional_text, required_text};
use super::project_rules::{ProjectMove, ProjectStatus};
use super::proposal_flow::{ProposalMove, ProposalStatus};
use super::roles::CommitteeRole;
use super::validation::FormErrors;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

codes!(
    /// The columns, in reading order: the pipeline, then the tasks' lane.
    Column {
        Submitted => "submitted",
        InReview => "in_review",
        RevisionRequested => "revision_requested",
        Recommended => "recommended",
        Approved => "approved",
        Active => "active",
        Completed => "completed",
        Closed => "closed",
        Todo => "todo",
        Doing => "doing",
        Done => "done",
    }
);

codes!(
    CardKind { Proposal => "proposal", Project => "project", Task => "task" }
);

impl Column {
    /// The tasks' lane (todo, doing, done) rather than the pipeline.
    pub fn is_task_lane(self) -> bool {
        matches!(self, Column::Todo | Column::Doing | Column::Done)
    }
    /// Declined, rejected, suspended and cancelled cards wait out of the way, folded.
    pub fn is_folded(self) -> bool {
        self == Column::Closed
    }
}

/// Where a proposal without a project stands; a draft is nobody's business but its author's.
pub fn proposal_column(status: ProposalStatus) -> Option<Column> {
    use ProposalStatus as S;
    Some(match status {
        S::Draft => return None,
        S::Submitted => Column::Submitted,
        S::InReview => Column::InReview,
        S::RevisionRequested => Column::RevisionRequested,
        S::Recommended => Column::Recommended,
        S::Approved => Column::Approved,
        S::Declined | S::Rejected => Column::Closed,
    })
}

/// Where a project stands: planned is what approval produced.
pub fn project_column(status: ProjectStatus) -> Column {
    use ProjectStatus as S;
    match status {
        S::Planned => Column::Approved,
        S::Active => Column::Active,
        S::Completed => Column::Completed,
        S::Suspended | S::Cancelled => Column::Closed,
    }
}

/// What a drop means.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Transition {
    Proposal(ProposalMove),
    Project(ProjectMove),
    /// A task changes state; anyone who may work on the board may do it.
    Task(Column),
}

/// Why a drop is refused before anyone's role is considered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum MoveRefusal {
    /// Dropped where it already is.
    SameColumn,
    /// A task into the pipeline, or a proposal or project into the tasks' lane.
    WrongLane,
    /// No transition leads from here to there (for example from submitted straight to
    /// approved).
    NoWay,
}

/// The transition a drop from `from` to `to` asks for. The folded column means declining or
/// rejecting a proposal, suspending an active project or cancelling a planned one; from the
/// folded column a suspended project may resume.
pub fn transition(kind: CardKind, from: Column, to: Column) -> Result<Transition, MoveRefusal> {
    use Column as C;
    if from == to {
        return Err(MoveRefusal::SameColumn);
    }
    if (kind == CardKind::Task) != to.is_task_lane() {
        return Err(MoveRefusal::WrongLane);
    }
    match kind {
        CardKind::Task => Ok(Transition::Task(to)),
        CardKind::Proposal => {
            let action = match (from, to) {
                (C::RevisionRequested, C::Submitted) => ProposalMove::Submit,
                (C::Submitted, C::InReview) => ProposalMove::SendToCommittee,
                (C::InReview, C::RevisionRequested) => ProposalMove::RequestRevision,
                (C::InReview, C::Recommended) => ProposalMove::Recommend,
                (C::InReview, C::Closed) => ProposalMove::Decline,
                (C::Recommended, C::Approved) => ProposalMove::Approve,
                (C::Recommended, C::Closed) => ProposalMove::Reject,
                _ => return Err(MoveRefusal::NoWay),
            };
            Ok(Transition::Proposal(action))
        }
        CardKind::Project => {
            let action = match (from, to) {
                (C::Approved, C::Active) | (C::Closed, C::Active) => ProjectMove::Start,
                (C::Active, C::Completed) => ProjectMove::Complete,
                (C::Active, C::Closed) => ProjectMove::Suspend,
                (C::Approved, C::Closed) => ProjectMove::Cancel,
                _ => return Err(MoveRefusal::NoWay),
            };
            Ok(Transition::Project(action))
        }
    }
}

/// A suspended project comes back with `resume`, not `start`: the drop from the folded column
/// is read against the project's real status.
pub fn project_move_from(status: ProjectStatus, action: ProjectMove) -> ProjectMove {
    if status == ProjectStatus::Suspended && action == ProjectMove::Start {
        ProjectMove::Resume
    } else {
        action
    }
}

/// The columns a card could be dropped into from `from` (before roles are considered), in
/// board order: what a "Move to…" menu offers.
pub fn destinations(kind: CardKind, from: Column) -> Vec<Column> {
    Column::ALL
        .iter()
        .copied()
        .filter(|to| transition(kind, from, *to).is_ok())
        .collect()
}

/// A due day (ISO) has passed and the card is still open (not completed, closed or done).
pub fn is_overdue(due_on: Option<&str>, column: Column, today: &str) -> bool {
    due_on.is_some_and(|d| d < today)
        && !matches!(column, Column::Completed | Column::Closed | Column::Done)
}

/// Cards in a column are ordered by a number; a card dropped between two others takes the
/// middle of theirs, so one move writes one row. `None` is the column's edge.
pub fn position_between(before: Option<f64>, after: Option<f64>) -> f64 {
    match (before, after) {
        (None, None) => 1.0,
        (Some(b), None) => b.floor() + 1.0,
        (None, Some(a)) => a - 1.0,
        (Some(b), Some(a)) => (b + a) / 2.0,
    }
}

/// Whether two neighbours have come so close that the column must be numbered afresh
/// (after some fifty halvings of the same gap).
pub fn too_close(before: f64, after: f64) -> bool {
    (after - before).abs() < 1e-9
}

/// What someone may do on a board.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum BoardAccess {
    /// Observers look.
    View,
    /// Members, chairs, secretaries and staff move cards, add tasks and comment.
    Work,
}

/// A board is its committee's: members work on it, observers look, officials and admins work
/// on every board; anyone else is refused.
pub fn board_access(staff: bool, seat: Option<CommitteeRole>) -> Option<BoardAccess> {
    match (staff, seat) {
        (true, _) => Some(BoardAccess::Work),
        (false, Some(CommitteeRole::Observer)) => Some(BoardAccess::View),
        (false, Some(_)) => Some(BoardAccess::Work),
        (false, None) => None,
    }
}

/// Who may tick or untick an item of a task's checklist: its author, the task's assignees, the
/// committee's chair and secretary, and officials. Other members of the board may add items
/// and comment, but not mark someone else's item done.
pub fn may_tick(
    actor_id: i64,
    staff: bool,
    seat: Option<CommitteeRole>,
    item_author: Option<i64>,
    assignees: &[i64],
) -> bool {
    staff
        || matches!(seat, Some(CommitteeRole::Chair | CommitteeRole::Secretary))
        || item_author == Some(actor_id)
        || assignees.contains(&actor_id)
}

pub const TASK_TITLE_MAX: u32 = 200;
pub const CARD_TEXT_MAX: u32 = 4000;

/// A task as typed: a title, what is to be done, a due day (Jalali, any digits, optional).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TaskText {
    pub title: String,
    pub description: String,
    pub due_on: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TaskFields {
    pub title: String,
    pub description: String,
    pub due_on: Option<NaiveDate>,
}

/// The task's fields, or every issue at once.
pub fn check_task(input: &TaskText) -> Result<TaskFields, FormErrors> {
    let mut e = FormErrors::default();
    let title = e.check("title", required_text(&input.title, TASK_TITLE_MAX));
    let description = e.check(
        "description",
        optional_text(&input.description, CARD_TEXT_MAX),
    );
    let due_on = e.check("due_on", optional_day(&input.due_on));
    match (title, description, due_on) {
        (Some(title), Some(description), Some(due_on)) if e.is_empty() => Ok(TaskFields {
            title,
            description,
            due_on,
        }),
        _ => Err(e),
    }
}

#[cfg(test)]
#[path = "board_rules_tests.rs"]
mod tests;
