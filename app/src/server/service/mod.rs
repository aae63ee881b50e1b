//! Service: hours reported by volunteers or recorded by centres, the volunteer's service
//! record, and certificates of service. Each operation checks how the caller stands to *this*
//! volunteer or centre. Server functions call these.
pub mod certificates;
pub mod hours;

use crate::api::AppError;
use crate::domain::directory_rules::parse_iso;
use crate::domain::service_rules::{totals, HoursState, Served};
use crate::model::directory::Named;
use crate::model::service::{HoursView, ServiceRecord};
use crate::model::volunteers::RoleName;
use crate::server::db::service::HoursRow;
use crate::server::db::{service as store, Db};
use std::collections::HashMap;

pub(crate) fn hours_view(row: HoursRow) -> HoursView {
    HoursView {
        id: row.id,
        volunteer: Named {
            id: row.volunteer_id,
            name: row.volunteer,
        },
        placement_id: row.placement_id,
        centre: Named {
            id: row.centre_id,
            name: row.centre,
        },
        role: RoleName {
            id: row.role_id,
            code: row.role_code,
            name: row.role_name,
        },
        served_on: row.served_on,
        minutes: row.minutes,
        note: row.note,
        state: HoursState::parse(&row.state).unwrap_or(HoursState::Pending),
        reason: row.reason,
        version: row.version,
    }
}

pub(crate) fn served(row: &HoursRow) -> Option<Served> {
    Some(Served {
        centre_id: row.centre_id,
        role_id: row.role_id,
        day: parse_iso(&row.served_on)?,
        minutes: row.minutes,
        state: HoursState::parse(&row.state)?,
    })
}

/// The record built from a volunteer's entries (certificates are added by the caller).
pub(crate) fn record_of(rows: Vec<HoursRow>) -> ServiceRecord {
    let t = totals(&rows.iter().filter_map(served).collect::<Vec<_>>());
    let centres: HashMap<i64, String> = rows
        .iter()
        .map(|r| (r.centre_id, r.centre.clone()))
        .collect();
    let roles: HashMap<i64, RoleName> = rows
        .iter()
        .map(|r| {
            let role = RoleName {
                id: r.role_id,
                code: r.role_code.clone(),
                name: r.role_name.clone(),
            };
            (r.role_id, role)
        })
        .collect();
    ServiceRecord {
        approved_minutes: t.approved_minutes,
        pending_minutes: t.pending_minutes,
        first_on: t.first_day.map(|d| d.to_string()),
        last_on: t.last_day.map(|d| d.to_string()),
        by_centre: t
            .by_centre
            .iter()
            .filter_map(|(id, m)| {
                let name = centres.get(id)?.clone();
                Some((Named { id: *id, name }, *m))
            })
            .collect(),
        by_role: t
            .by_role
            .iter()
            .filter_map(|(id, m)| Some((roles.get(id)?.clone(), *m)))
            .collect(),
        hours: rows.into_iter().map(hours_view).collect(),
        certificates: Vec::new(),
        shifts: Vec::new(),
    }
}

/// A volunteer's whole record, for someone already allowed to see it.
pub(crate) async fn record(
    db: &Db,
    volunteer_id: i64,
    may_revoke: bool,
) -> Result<ServiceRecord, AppError> {
    let rows = store::hours_of(db.read(), &[volunteer_id]).await?;
    let mut record = record_of(rows);
    record.certificates = store::certificates_of(db.read(), &[volunteer_id])
        .await?
        .into_iter()
        .map(|c| certificates::view(c, may_revoke))
        .collect();
    record.shifts = crate::server::shifts::of_volunteer(db, volunteer_id).await?;
    Ok(record)
}

/// The caller's own record, if they registered as a volunteer.
pub async fn mine(
    db: &Db,
    actor: &crate::domain::permissions::Actor,
) -> Result<Option<ServiceRecord>, AppError> {
    match crate::server::db::volunteers::of_user(db.read(), actor.user_id).await? {
        Some(row) => Ok(Some(record(db, row.id, false).await?)),
        None => Ok(None),
    }
}
