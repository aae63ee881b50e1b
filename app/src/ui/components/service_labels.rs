//! Names of service states and certificate bases in the reader's language.
use crate::domain::service_rules::{CertificateBasis, HoursState};
use crate::i18n::*;
use crate::ui::components::format;

pub fn hours_state(state: HoursState) -> String {
    let i18n = use_i18n();
    match state {
        HoursState::Pending => t_string!(i18n, service.state_pending),
        HoursState::Approved => t_string!(i18n, service.state_approved),
        HoursState::Rejected => t_string!(i18n, service.state_rejected),
    }
    .to_string()
}

/// Why a certificate was issued ("for 100 hours of service").
pub fn basis(basis: CertificateBasis, threshold: i64) -> String {
    let i18n = use_i18n();
    let n = format::number(threshold);
    match basis {
        CertificateBasis::Manual => t_string!(i18n, service.basis_manual).to_string(),
        CertificateBasis::Hours => t_string!(i18n, service.basis_hours, n = n.clone()).to_string(),
        CertificateBasis::Years => t_string!(i18n, service.basis_years, n = n).to_string(),
    }
}
