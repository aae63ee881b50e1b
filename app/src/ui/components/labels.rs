//! The reader's words for the directory's codes.
use crate::domain::codes::{
    CapacityKind, CommitteeStatus, Dimension, OrgKind, OrgStatus, WorkingGroupKind,
};
use crate::domain::roles::CommitteeRole;
use crate::i18n::*;

pub fn dimension(d: Dimension) -> String {
    let i18n = use_i18n();
    match d {
        Dimension::Social => t_string!(i18n, codes.dimension_social),
        Dimension::Economic => t_string!(i18n, codes.dimension_economic),
        Dimension::Physical => t_string!(i18n, codes.dimension_physical),
        Dimension::Environmental => t_string!(i18n, codes.dimension_environmental),
        Dimension::Other => t_string!(i18n, codes.dimension_other),
    }
    .to_string()
}

pub fn org_kind(k: OrgKind) -> String {
    let i18n = use_i18n();
    match k {
        OrgKind::Ngo => t_string!(i18n, codes.kind_ngo),
        OrgKind::Agency => t_string!(i18n, codes.kind_agency),
        OrgKind::Facilitation => t_string!(i18n, codes.kind_facilitation),
        OrgKind::Other => t_string!(i18n, codes.kind_other),
    }
    .to_string()
}

pub fn org_status(s: OrgStatus) -> String {
    let i18n = use_i18n();
    match s {
        OrgStatus::Pending => t_string!(i18n, codes.status_pending),
        OrgStatus::Verified => t_string!(i18n, codes.status_verified),
        OrgStatus::Rejected => t_string!(i18n, codes.status_rejected),
    }
    .to_string()
}

pub fn committee_status(s: CommitteeStatus) -> String {
    let i18n = use_i18n();
    match s {
        CommitteeStatus::Active => t_string!(i18n, codes.committee_active),
        CommitteeStatus::Dissolved => t_string!(i18n, codes.committee_dissolved),
    }
    .to_string()
}

pub fn committee_role(r: CommitteeRole) -> String {
    let i18n = use_i18n();
    match r {
        CommitteeRole::Chair => t_string!(i18n, codes.role_chair),
        CommitteeRole::Secretary => t_string!(i18n, codes.role_secretary),
        CommitteeRole::Member => t_string!(i18n, codes.role_member),
        CommitteeRole::Observer => t_string!(i18n, codes.role_observer),
    }
    .to_string()
}

pub fn working_group_kind(k: WorkingGroupKind) -> String {
    let i18n = use_i18n();
    match k {
        WorkingGroupKind::Thematic => t_string!(i18n, codes.wg_thematic),
        WorkingGroupKind::Regional => t_string!(i18n, codes.wg_regional),
    }
    .to_string()
}

pub fn capacity_kind(k: CapacityKind) -> String {
    let i18n = use_i18n();
    match k {
        CapacityKind::Staff => t_string!(i18n, codes.capacity_staff),
        CapacityKind::Volunteers => t_string!(i18n, codes.capacity_volunteers),
        CapacityKind::Vehicle => t_string!(i18n, codes.capacity_vehicle),
        CapacityKind::Space => t_string!(i18n, codes.capacity_space),
        CapacityKind::Equipment => t_string!(i18n, codes.capacity_equipment),
        CapacityKind::Expertise => t_string!(i18n, codes.capacity_expertise),
        CapacityKind::Funds => t_string!(i18n, codes.capacity_funds),
        CapacityKind::Other => t_string!(i18n, codes.capacity_other),
    }
    .to_string()
}
