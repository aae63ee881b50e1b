//! The reader's words for the codes of projects.
use crate::domain::project_rules::{FollowUpAction, ProjectMove, ProjectStatus, Stalled};
use crate::i18n::*;
use crate::ui::components::format;

pub fn status(s: ProjectStatus) -> String {
    use ProjectStatus as S;
    let locale = use_i18n().get_locale();
    match s {
        S::Planned => td_string!(locale, projects.status_planned),
        S::Active => td_string!(locale, projects.status_active),
        S::Completed => td_string!(locale, projects.status_completed),
        S::Suspended => td_string!(locale, projects.status_suspended),
        S::Cancelled => td_string!(locale, projects.status_cancelled),
    }
    .to_string()
}

pub fn status_class(s: ProjectStatus) -> &'static str {
    match s {
        ProjectStatus::Completed | ProjectStatus::Active => "badge ok",
        ProjectStatus::Suspended => "badge warn",
        ProjectStatus::Cancelled => "badge danger",
        ProjectStatus::Planned => "badge",
    }
}

pub fn action(m: ProjectMove) -> String {
    use ProjectMove as M;
    let locale = use_i18n().get_locale();
    match m {
        M::Start => td_string!(locale, projects.move_start),
        M::Complete => td_string!(locale, projects.move_complete),
        M::Suspend => td_string!(locale, projects.move_suspend),
        M::Resume => td_string!(locale, projects.move_resume),
        M::Cancel => td_string!(locale, projects.move_cancel),
    }
    .to_string()
}

pub fn follow_up(a: FollowUpAction) -> String {
    use FollowUpAction as A;
    let locale = use_i18n().get_locale();
    match a {
        A::Called => td_string!(locale, projects.follow_called),
        A::Visited => td_string!(locale, projects.follow_visited),
        A::Escalated => td_string!(locale, projects.follow_escalated),
        A::Other => td_string!(locale, projects.follow_other),
    }
    .to_string()
}

/// "No update for 45 days" / "A milestone 20 days overdue".
pub fn stalled(s: Stalled) -> String {
    let i18n = use_i18n();
    match s {
        Stalled::NoUpdate(d) => {
            t_string!(i18n, projects.stalled_no_update, count = format::number(d)).to_string()
        }
        Stalled::MilestoneOverdue(d) => {
            t_string!(i18n, projects.stalled_overdue, count = format::number(d)).to_string()
        }
    }
}
