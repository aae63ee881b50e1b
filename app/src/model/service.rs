//! What service records and certificates show, as the server hands it to them.
use super::directory::Named;
use super::volunteers::RoleName;
use crate::domain::service_rules::{CertificateBasis, HoursState};
use serde::{Deserialize, Serialize};

/// One day of service at a centre.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HoursView {
    pub id: i64,
    pub volunteer: Named,
    /// `None` for a shift's attendance, which the volunteer does not edit.
    pub placement_id: Option<i64>,
    pub centre: Named,
    pub role: RoleName,
    /// ISO date.
    pub served_on: String,
    pub minutes: i64,
    pub note: String,
    pub state: HoursState,
    pub reason: String,
    pub version: i64,
}

/// A certificate: what it certifies as it stood when issued.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CertificateView {
    pub code: String,
    pub full_name: String,
    pub basis: CertificateBasis,
    pub threshold: i64,
    pub minutes: i64,
    pub roles: Vec<RoleName>,
    pub centres: Vec<String>,
    pub first_on: Option<String>,
    pub last_on: Option<String>,
    pub issuer: Named,
    pub issued_at: i64,
    pub revoked_at: Option<i64>,
    pub revoke_reason: String,
    /// Whether the caller may revoke it (its intermediary's representatives and officials).
    pub may_revoke: bool,
}

/// A volunteer's whole service: totals, where and as what, every day, every certificate.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ServiceRecord {
    pub approved_minutes: i64,
    pub pending_minutes: i64,
    pub first_on: Option<String>,
    pub last_on: Option<String>,
    pub by_centre: Vec<(Named, i64)>,
    pub by_role: Vec<(RoleName, i64)>,
    pub hours: Vec<HoursView>,
    pub certificates: Vec<CertificateView>,
    /// Shifts signed up to (not those cancelled), the latest first.
    pub shifts: Vec<super::shifts::MyShift>,
}
