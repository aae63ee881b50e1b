//! The reader's words for the codes of projects.
use crate::domain::digits::to_persian_digits;
use crate::domain::project_rules::{FollowUpAction, ProjectMove, ProjectStatus, Stalled};
use crate::i18n::*;

pub fn status_in(locale: Locale, s: ProjectStatus) -> &'static str {
    use ProjectStatus as S;
    match s {
        S::Planned => td_string!(locale, projects.status_planned),
        S::Active => td_string!(locale, projects.status_active),
        S::Completed => td_string!(locale, projects.status_completed),
        S::Suspended => td_string!(locale, projects.status_suspended),
        S::Cancelled => td_string!(locale, projects.status_cancelled),
    }
}

pub fn status(s: ProjectStatus) -> String {
    status_in(use_i18n().get_locale(), s).to_string()
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

pub fn follow_up_in(locale: Locale, a: FollowUpAction) -> &'static str {
    use FollowUpAction as A;
    match a {
        A::Called => td_string!(locale, projects.follow_called),
        A::Visited => td_string!(locale, projects.follow_visited),
        A::Escalated => td_string!(locale, projects.follow_escalated),
        A::Other => td_string!(locale, projects.follow_other),
    }
}

pub fn follow_up(a: FollowUpAction) -> String {
    follow_up_in(use_i18n().get_locale(), a).to_string()
}

/// "No update for 45 days" / "A milestone 20 days overdue", in the given language's digits.
pub fn stalled_in(locale: Locale, s: Stalled) -> String {
    let days = |d: i64| match locale {
        Locale::fa => to_persian_digits(&d.to_string()),
        Locale::en => d.to_string(),
    };
    match s {
        Stalled::NoUpdate(d) => td_string!(locale, projects.stalled_no_update, count = days(d)),
        Stalled::MilestoneOverdue(d) => {
            td_string!(locale, projects.stalled_overdue, count = days(d))
        }
    }
    .to_string()
}

pub fn stalled(s: Stalled) -> String {
    stalled_in(use_i18n().get_locale(), s)
}
