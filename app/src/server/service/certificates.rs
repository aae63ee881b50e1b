//! Certificates of service: issued by the volunteer's intermediary or an official, or by
//! themselves at thresholds of hours and years; each certifies the record as it stood, and
//! anyone holding its code can check it (and see that it was revoked).
use super::record_of;
use crate::api::AppError;
use crate::domain::directory_rules::{self as rules, parse_iso};
use crate::domain::permissions::Actor;
use crate::domain::service_rules::{
    certificate_code, due, may_issue, normal_code, CertificateBasis,
};
use crate::domain::validation::FormErrors;
use crate::model::directory::Named;
use crate::model::service::CertificateView;
use crate::model::volunteers::RoleName;
use crate::server::db::service::{self as store, CertificateRow, NewCertificate};
use crate::server::db::volunteers::{self as volunteers, VolunteerRow};
use crate::server::db::{audit, Db, DbError};
use crate::server::today_iso;
use serde_json::json;
use std::collections::HashMap;
use tracing::instrument;

pub(crate) fn view(row: CertificateRow, may_revoke: bool) -> CertificateView {
    CertificateView {
        code: row.code,
        full_name: row.full_name,
        basis: CertificateBasis::parse(&row.basis).unwrap_or(CertificateBasis::Manual),
        threshold: row.threshold,
        minutes: row.minutes,
        roles: serde_json::from_str(&row.roles).unwrap_or_default(),
        centres: serde_json::from_str(&row.centres).unwrap_or_default(),
        first_on: row.first_on,
        last_on: row.last_on,
        issuer: Named {
            id: row.issuer_id,
            name: row.issuer,
        },
        issued_at: row.issued_at,
        may_revoke: may_revoke && row.revoked_at.is_none(),
        revoked_at: row.revoked_at,
        revoke_reason: row.revoke_reason,
    }
}

/// A certificate by hand certifies something: approved service, and not exactly what a valid
/// one issued by hand already certifies (a double click issues one).
pub(crate) fn may_issue_by_hand(approved_minutes: i64, held: &[CertificateRow]) -> bool {
    approved_minutes > 0
        && !held.iter().any(|c| {
            c.basis == CertificateBasis::Manual.as_str()
                && c.revoked_at.is_none()
                && c.minutes == approved_minutes
        })
}

/// Who issues and revokes a volunteer's certificates: their intermediary and officials.
fn may_certify(actor: &Actor, intermediary_id: i64) -> bool {
    actor.is_staff() || actor.organisations.contains(&intermediary_id)
}

/// Writes one certificate of `volunteer`'s approved service as it stands; `None` when that
/// threshold's certificate exists already.
async fn write(
    tx: &mut sqlx::AnyConnection,
    volunteer: &VolunteerRow,
    hours: Vec<crate::server::db::service::HoursRow>,
    basis: CertificateBasis,
    threshold: i64,
    issued_by: Option<i64>,
    now: i64,
) -> Result<Option<String>, AppError> {
    let approved: Vec<_> = hours
        .into_iter()
        .filter(|h| h.state == "approved")
        .collect();
    let record = record_of(approved);
    may_issue(record.approved_minutes).map_err(|_| AppError::NotNow)?;
    let roles: Vec<RoleName> = record.by_role.iter().map(|(r, _)| r.clone()).collect();
    let centres: Vec<String> = record
        .by_centre
        .iter()
        .map(|(c, _)| c.name.clone())
        .collect();
    let code = certificate_code(rand::random::<u64>());
    let (roles, centres) = (json!(roles).to_string(), json!(centres).to_string());
    let id = store::insert_certificate(
        tx,
        &NewCertificate {
            code: &code,
            volunteer_id: volunteer.id,
            basis: basis.as_str(),
            threshold,
            full_name: &volunteer.full_name,
            minutes: record.approved_minutes,
            roles: &roles,
            centres: &centres,
            first_on: record.first_on.as_deref(),
            last_on: record.last_on.as_deref(),
            issuer_id: volunteer.intermediary_id,
            issued_by,
            now,
        },
    )
    .await?;
    let Some(id) = id else {
        return Ok(None);
    };
    let after =
        json!({ "volunteer": volunteer.id, "basis": basis.as_str(), "threshold": threshold });
    audit::change(
        tx,
        issued_by,
        "certificate.issue",
        "certificate",
        id,
        after,
        now,
    )
    .await?;
    Ok(Some(code))
}

/// The intermediary (or an official) issues a certificate by hand; answers its code.
#[instrument(skip_all)]
pub async fn issue(
    db: &Db,
    actor: &Actor,
    volunteer_id: i64,
    now: i64,
) -> Result<String, AppError> {
    let volunteer = volunteers::by_id(db.read(), volunteer_id)
        .await?
        .ok_or(AppError::NotFound)?;
    if !may_certify(actor, volunteer.intermediary_id) {
        return Err(AppError::NotFound);
    }
    let hours = store::hours_of(db.read(), &[volunteer_id]).await?;
    let approved: i64 = hours
        .iter()
        .filter(|h| h.state == "approved")
        .map(|h| h.minutes)
        .sum();
    let held = store::certificates_of(db.read(), &[volunteer_id]).await?;
    if !may_issue_by_hand(approved, &held) {
        return Err(AppError::NotNow);
    }
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    let code = write(
        &mut tx,
        &volunteer,
        hours,
        CertificateBasis::Manual,
        0,
        Some(actor.user_id),
        now,
    )
    .await?
    .ok_or(AppError::Conflict)?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(code)
}

/// Issues the threshold certificates that have fallen due, for these volunteers or (with
/// `None`, as the periodic task does) for everyone; harmless to run often or on several
/// instances. Answers how many were issued.
pub async fn award_due(db: &Db, only: Option<&[i64]>, now: i64) -> Result<u64, AppError> {
    let today = parse_iso(&today_iso()).ok_or(AppError::Internal)?;
    let mut held: HashMap<i64, Vec<(CertificateBasis, i64)>> = HashMap::new();
    for (volunteer, basis, threshold) in store::thresholds_held(db.read()).await? {
        if let Some(basis) = CertificateBasis::parse(&basis) {
            held.entry(volunteer).or_default().push((basis, threshold));
        }
    }
    let mut dues = Vec::new();
    for (volunteer, minutes, first) in store::approved_totals(db.read(), None).await? {
        if only.is_some_and(|ids| !ids.contains(&volunteer)) {
            continue;
        }
        let have = held.get(&volunteer).map(Vec::as_slice).unwrap_or_default();
        for (basis, threshold) in due(minutes, parse_iso(&first), today, have) {
            dues.push((volunteer, basis, threshold));
        }
    }
    if dues.is_empty() {
        return Ok(0);
    }
    let ids: Vec<i64> = dues.iter().map(|d| d.0).collect();
    let rows: HashMap<i64, VolunteerRow> = volunteers::by_ids(db.read(), &ids)
        .await?
        .into_iter()
        .map(|v| (v.id, v))
        .collect();
    let mut hours: HashMap<i64, Vec<_>> = HashMap::new();
    for h in store::hours_of(db.read(), &ids).await? {
        hours.entry(h.volunteer_id).or_default().push(h);
    }
    let mut issued = 0;
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    for (volunteer, basis, threshold) in dues {
        let (Some(row), Some(entries)) = (rows.get(&volunteer), hours.get(&volunteer)) else {
            continue;
        };
        let written = write(&mut tx, row, entries.clone(), basis, threshold, None, now).await?;
        issued += u64::from(written.is_some());
    }
    tx.commit().await.map_err(DbError::from)?;
    Ok(issued)
}

/// A certificate by its code, for anyone (revocable by its intermediary and officials).
pub async fn find(db: &Db, actor: Option<&Actor>, code: &str) -> Result<CertificateView, AppError> {
    let code = normal_code(code).ok_or(AppError::NotFound)?;
    let row = store::certificate(db.read(), &code)
        .await?
        .ok_or(AppError::NotFound)?;
    let may = actor.is_some_and(|a| may_certify(a, row.issuer_id));
    Ok(view(row, may))
}

/// Revokes a certificate, saying why; the public page then says so.
#[instrument(skip_all)]
pub async fn revoke(
    db: &Db,
    actor: &Actor,
    code: &str,
    reason: &str,
    now: i64,
) -> Result<String, AppError> {
    let code = normal_code(code).ok_or(AppError::NotFound)?;
    let row = store::certificate(db.read(), &code)
        .await?
        .ok_or(AppError::NotFound)?;
    if !may_certify(actor, row.issuer_id) {
        return Err(AppError::Forbidden);
    }
    let mut errors = FormErrors::default();
    let Some(reason) = errors.check(
        "reason",
        rules::required_text(reason, rules::SHORT_TEXT_MAX),
    ) else {
        return Err(errors.into());
    };
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    if !store::revoke(&mut tx, row.id, actor.user_id, &reason, now).await? {
        return Err(AppError::Conflict);
    }
    let after = json!({ "reason": reason });
    audit::change(
        &mut tx,
        Some(actor.user_id),
        "certificate.revoke",
        "certificate",
        row.id,
        after,
        now,
    )
    .await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(code)
}
