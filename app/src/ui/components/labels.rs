//! The reader's words for the directory's codes, in any locale (pages use the reader's; the
//! exports the one asked for).
use crate::domain::codes::{
    CapacityKind, CommitteeStatus, Dimension, OrgKind, OrgStatus, WorkingGroupKind,
};
use crate::domain::roles::CommitteeRole;
use crate::i18n::*;

fn reader() -> Locale {
    use_i18n().get_locale()
}

pub fn dimension_in(locale: Locale, d: Dimension) -> &'static str {
    match d {
        Dimension::Social => td_string!(locale, codes.dimension_social),
        Dimension::Economic => td_string!(locale, codes.dimension_economic),
        Dimension::Physical => td_string!(locale, codes.dimension_physical),
        Dimension::Environmental => td_string!(locale, codes.dimension_environmental),
        Dimension::Other => td_string!(locale, codes.dimension_other),
    }
}

pub fn dimension(d: Dimension) -> String {
    dimension_in(reader(), d).to_string()
}

pub fn org_kind_in(locale: Locale, k: OrgKind) -> &'static str {
    match k {
        OrgKind::Ngo => td_string!(locale, codes.kind_ngo),
        OrgKind::Agency => td_string!(locale, codes.kind_agency),
        OrgKind::Facilitation => td_string!(locale, codes.kind_facilitation),
        OrgKind::Other => td_string!(locale, codes.kind_other),
    }
}

pub fn org_kind(k: OrgKind) -> String {
    org_kind_in(reader(), k).to_string()
}

pub fn org_status_in(locale: Locale, s: OrgStatus) -> &'static str {
    match s {
        OrgStatus::Pending => td_string!(locale, codes.status_pending),
        OrgStatus::Verified => td_string!(locale, codes.status_verified),
        OrgStatus::Rejected => td_string!(locale, codes.status_rejected),
    }
}

pub fn org_status(s: OrgStatus) -> String {
    org_status_in(reader(), s).to_string()
}

pub fn committee_status_in(locale: Locale, s: CommitteeStatus) -> &'static str {
    match s {
        CommitteeStatus::Active => td_string!(locale, codes.committee_active),
        CommitteeStatus::Dissolved => td_string!(locale, codes.committee_dissolved),
    }
}

pub fn committee_status(s: CommitteeStatus) -> String {
    committee_status_in(reader(), s).to_string()
}

pub fn committee_role_in(locale: Locale, r: CommitteeRole) -> &'static str {
    match r {
        CommitteeRole::Chair => td_string!(locale, codes.role_chair),
        CommitteeRole::Secretary => td_string!(locale, codes.role_secretary),
        CommitteeRole::Member => td_string!(locale, codes.role_member),
        CommitteeRole::Observer => td_string!(locale, codes.role_observer),
    }
}

pub fn committee_role(r: CommitteeRole) -> String {
    committee_role_in(reader(), r).to_string()
}

pub fn working_group_kind_in(locale: Locale, k: WorkingGroupKind) -> &'static str {
    match k {
        WorkingGroupKind::Thematic => td_string!(locale, codes.wg_thematic),
        WorkingGroupKind::Regional => td_string!(locale, codes.wg_regional),
    }
}

pub fn working_group_kind(k: WorkingGroupKind) -> String {
    working_group_kind_in(reader(), k).to_string()
}

pub fn capacity_kind_in(locale: Locale, k: CapacityKind) -> &'static str {
    match k {
        CapacityKind::Staff => td_string!(locale, codes.capacity_staff),
        CapacityKind::Volunteers => td_string!(locale, codes.capacity_volunteers),
        CapacityKind::Vehicle => td_string!(locale, codes.capacity_vehicle),
        CapacityKind::Space => td_string!(locale, codes.capacity_space),
        CapacityKind::Equipment => td_string!(locale, codes.capacity_equipment),
        CapacityKind::Expertise => td_string!(locale, codes.capacity_expertise),
        CapacityKind::Funds => td_string!(locale, codes.capacity_funds),
        CapacityKind::Other => td_string!(locale, codes.capacity_other),
    }
}

pub fn capacity_kind(k: CapacityKind) -> String {
    capacity_kind_in(reader(), k).to_string()
}
