//! The reader's words for the volunteer network's codes.
use crate::domain::volunteer_rules::{SkillLevel, VolunteerState};
use crate::i18n::*;
use crate::model::volunteers::RoleName;

pub fn state(s: VolunteerState) -> String {
    state_in(use_i18n().get_locale(), s)
}

/// A state in `locale` (exports, which have no page context).
pub fn state_in(l: Locale, s: VolunteerState) -> String {
    match s {
        VolunteerState::Applied => td_string!(l, volunteers.state_applied),
        VolunteerState::Verified => td_string!(l, volunteers.state_verified),
        VolunteerState::Active => td_string!(l, volunteers.state_active),
        VolunteerState::Inactive => td_string!(l, volunteers.state_inactive),
    }
    .to_string()
}

pub fn level(l: SkillLevel) -> String {
    let i18n = use_i18n();
    match l {
        SkillLevel::Beginner => t_string!(i18n, volunteers.level_beginner),
        SkillLevel::Skilled => t_string!(i18n, volunteers.level_skilled),
        SkillLevel::Expert => t_string!(i18n, volunteers.level_expert),
    }
    .to_string()
}

/// A built-in role by its code; a role officials added by its own name.
pub fn role(r: &RoleName) -> String {
    role_in(use_i18n().get_locale(), r)
}

/// A role in `locale` (exports, which have no page context).
pub fn role_in(l: Locale, r: &RoleName) -> String {
    let built_in = match r.code.as_deref() {
        Some("nursery_helper") => td_string!(l, volunteers.role_nursery_helper),
        Some("tutor") => td_string!(l, volunteers.role_tutor),
        Some("counsellor") => td_string!(l, volunteers.role_counsellor),
        Some("health_screening") => td_string!(l, volunteers.role_health_screening),
        Some("logistics") => td_string!(l, volunteers.role_logistics),
        Some("event_host") => td_string!(l, volunteers.role_event_host),
        Some("it") => td_string!(l, volunteers.role_it),
        Some("elder_care") => td_string!(l, volunteers.role_elder_care),
        _ => return r.name.clone(),
    };
    built_in.to_string()
}

/// The day of the Iranian week, Saturday (0) to Friday (6).
pub fn day(d: u32) -> String {
    let i18n = use_i18n();
    match d {
        0 => t_string!(i18n, volunteers.day_0),
        1 => t_string!(i18n, volunteers.day_1),
        2 => t_string!(i18n, volunteers.day_2),
        3 => t_string!(i18n, volunteers.day_3),
        4 => t_string!(i18n, volunteers.day_4),
        5 => t_string!(i18n, volunteers.day_5),
        _ => t_string!(i18n, volunteers.day_6),
    }
    .to_string()
}

/// Morning (0), afternoon (1), evening (2).
pub fn part(p: u32) -> String {
    let i18n = use_i18n();
    match p {
        0 => t_string!(i18n, volunteers.part_morning),
        1 => t_string!(i18n, volunteers.part_afternoon),
        _ => t_string!(i18n, volunteers.part_evening),
    }
    .to_string()
}

pub fn centre_kind(k: crate::domain::centre_rules::CentreKind) -> String {
    use crate::domain::centre_rules::CentreKind as K;
    let i18n = use_i18n();
    match k {
        K::NeighbourhoodCentre => t_string!(i18n, centres.kind_neighbourhood_centre),
        K::Nursery => t_string!(i18n, centres.kind_nursery),
        K::CareHome => t_string!(i18n, centres.kind_care_home),
        K::Clinic => t_string!(i18n, centres.kind_clinic),
        K::Other => t_string!(i18n, centres.kind_other),
    }
    .to_string()
}

pub fn placement_state(s: crate::domain::centre_rules::PlacementState) -> String {
    use crate::domain::centre_rules::PlacementState as P;
    let i18n = use_i18n();
    match s {
        P::Proposed => t_string!(i18n, centres.placement_proposed),
        P::Accepted => t_string!(i18n, centres.placement_accepted),
        P::Declined => t_string!(i18n, centres.placement_declined),
        P::Returned => t_string!(i18n, centres.placement_returned),
        P::Ended => t_string!(i18n, centres.placement_ended),
    }
    .to_string()
}
