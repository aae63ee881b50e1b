//! A project's life and health: its status moves and who may make them, when it counts as
//! stalled (derived, never typed), and the rules of its assignment and progress reports.
use super::codes::codes;
use super::directory_rules::{day, optional_day};
use super::validation::{FieldIssue, FormErrors};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

codes!(
    ProjectStatus {
        Planned => "planned",
        Active => "active",
        Completed => "completed",
        Suspended => "suspended",
        Cancelled => "cancelled",
    }
);

codes!(
    ProjectMove {
        Start => "start",
        Complete => "complete",
        Suspend => "suspend",
        Resume => "resume",
        Cancel => "cancel",
    }
);

codes!(
    /// What an official did to get a stalled project going again.
    FollowUpAction {
        Called => "called",
        Visited => "visited",
        Escalated => "escalated",
        Other => "other",
    }
);

/// How the caller stands towards one project.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProjectStanding {
    /// Represents the lead executive agency.
    pub lead: bool,
    /// Represents a partner organisation.
    pub partner: bool,
    /// An official or admin.
    pub staff: bool,
}

impl ProjectStanding {
    /// The lead and partners report progress and tick milestones.
    pub fn may_report(self) -> bool {
        self.lead || self.partner
    }
}

/// Where a move leads from `from`, if it starts there.
pub fn target(from: ProjectStatus, action: ProjectMove) -> Option<ProjectStatus> {
    use ProjectMove as M;
    use ProjectStatus as S;
    match (from, action) {
        (S::Planned, M::Start) => Some(S::Active),
        (S::Active, M::Complete) => Some(S::Completed),
        (S::Active, M::Suspend) => Some(S::Suspended),
        (S::Suspended, M::Resume) => Some(S::Active),
        (S::Planned | S::Active | S::Suspended, M::Cancel) => Some(S::Cancelled),
        _ => None,
    }
}

/// The lead agency runs the project; officials may do everything; cancelling is theirs only.
pub fn allowed(who: ProjectStanding, action: ProjectMove) -> bool {
    match action {
        ProjectMove::Cancel => who.staff,
        _ => who.staff || who.lead,
    }
}

/// Suspending and cancelling must say why.
pub fn needs_reason(action: ProjectMove) -> bool {
    matches!(action, ProjectMove::Suspend | ProjectMove::Cancel)
}

/// Why a project move was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProjectRefusal {
    NotFromHere,
    NotYours,
    ReasonRequired,
}

pub fn check(
    who: ProjectStanding,
    from: ProjectStatus,
    action: ProjectMove,
    reason: &str,
) -> Result<ProjectStatus, ProjectRefusal> {
    let to = target(from, action).ok_or(ProjectRefusal::NotFromHere)?;
    if !allowed(who, action) {
        return Err(ProjectRefusal::NotYours);
    }
    if needs_reason(action) && reason.trim().is_empty() {
        return Err(ProjectRefusal::ReasonRequired);
    }
    Ok(to)
}

/// The moves this caller can make from `from`.
pub fn moves(who: ProjectStanding, from: ProjectStatus) -> Vec<ProjectMove> {
    ProjectMove::ALL
        .iter()
        .copied()
        .filter(|m| target(from, *m).is_some() && allowed(who, *m))
        .collect()
}

/// When a project counts as stalled: no progress update for `no_update_days`, or a milestone
/// overdue by more than `overdue_days` (the defaults are 30 and 14; both are configurable).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StalledRule {
    pub no_update_days: i64,
    pub overdue_days: i64,
}

impl Default for StalledRule {
    fn default() -> Self {
        Self {
            no_update_days: 30,
            overdue_days: 14,
        }
    }
}

/// Why a project is stalled (the longest-standing reason).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Stalled {
    /// No progress update for this many days (counted from the start when there is none).
    NoUpdate(i64),
    /// A milestone is overdue by this many days.
    MilestoneOverdue(i64),
}

impl Stalled {
    pub fn days(self) -> i64 {
        match self {
            Stalled::NoUpdate(d) | Stalled::MilestoneOverdue(d) => d,
        }
    }
}

/// What the rule needs to know about one project.
#[derive(Clone, Debug, Default)]
pub struct Health {
    pub status: Option<ProjectStatus>,
    /// When it became active (or was planned to start), the clock for a first update.
    pub since: Option<NaiveDate>,
    pub last_update: Option<NaiveDate>,
    /// Due days of milestones not yet done.
    pub open_milestones: Vec<NaiveDate>,
}

impl StalledRule {
    /// Whether an active project is stalled on `today`, and why. Projects not running are
    /// never stalled.
    pub fn judge(self, h: &Health, today: NaiveDate) -> Option<Stalled> {
        if h.status != Some(ProjectStatus::Active) {
            return None;
        }
        let quiet_since = h.last_update.or(h.since)?;
        let quiet = (today - quiet_since).num_days();
        let no_update = (quiet > self.no_update_days).then_some(Stalled::NoUpdate(quiet));
        let overdue = h
            .open_milestones
            .iter()
            .map(|due| (today - *due).num_days())
            .max()
            .filter(|late| *late > self.overdue_days)
            .map(Stalled::MilestoneOverdue);
        match (no_update, overdue) {
            (Some(a), Some(b)) => Some(if a.days() >= b.days() { a } else { b }),
            (a, b) => a.or(b),
        }
    }
}

/// A progress percentage in any digits, 0 to 100.
pub fn percent(input: &str) -> Result<i64, FieldIssue> {
    match super::directory_rules::count(input) {
        Ok(n) if n <= 100 => Ok(n),
        Ok(_) => Err(FieldIssue::OutOfRange),
        Err(e) => Err(e),
    }
}

/// A milestone as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MilestoneText {
    pub title: String,
    pub due_on: String,
    pub weight: String,
}

/// A checked milestone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Milestone {
    pub title: String,
    pub due_on: NaiveDate,
    pub weight: i64,
}

/// A checked plan: its period (either end may be open) and milestones.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Plan {
    pub start: Option<NaiveDate>,
    pub end: Option<NaiveDate>,
    pub milestones: Vec<Milestone>,
}

/// Checks the plan: the end not before the start, each milestone (blank rows skipped) with a
/// title, a due day inside the plan, and a weight from 1 to 100. Issues are named
/// `planned_end` and `milestones`.
pub fn check_plan(
    start: &str,
    end: &str,
    milestones: &[MilestoneText],
) -> Result<Plan, FormErrors> {
    let mut e = FormErrors::default();
    let start = e.check("planned_start", optional_day(start));
    let end = e.check("planned_end", optional_day(end));
    if let (Some(Some(s)), Some(Some(f))) = (start, end) {
        if f < s {
            e.push("planned_end", FieldIssue::EndsBeforeStart);
        }
    }
    let mut checked = Vec::new();
    for m in milestones {
        if m.title.trim().is_empty() && m.due_on.trim().is_empty() {
            continue;
        }
        let title = super::directory_rules::title(&m.title, 2, super::directory_rules::TITLE_MAX);
        let due = day(&m.due_on);
        let weight = if m.weight.trim().is_empty() {
            Ok(1)
        } else {
            super::directory_rules::count(&m.weight).and_then(|w| {
                if (1..=100).contains(&w) {
                    Ok(w)
                } else {
                    Err(FieldIssue::OutOfRange)
                }
            })
        };
        match (title, due, weight) {
            (Ok(title), Ok(due_on), Ok(weight)) => {
                let outside = matches!(start, Some(Some(s)) if due_on < s)
                    || matches!(end, Some(Some(f)) if due_on > f);
                if outside {
                    e.push("milestones", FieldIssue::OutOfRange);
                }
                checked.push(Milestone {
                    title,
                    due_on,
                    weight,
                });
            }
            (Err(issue), _, _) | (_, Err(issue), _) | (_, _, Err(issue)) => {
                e.push("milestones", issue)
            }
        }
    }
    match (start, end) {
        (Some(start), Some(end)) if e.is_empty() => Ok(Plan {
            start,
            end,
            milestones: checked,
        }),
        _ => Err(e),
    }
}

#[cfg(test)]
#[path = "project_rules_tests.rs"]
mod tests;
