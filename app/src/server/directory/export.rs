//! The directory as tables for officials' exports (CSV, Excel): committees with their current
//! members, organisations, capacities. Headers and codes in the requested language, dates in
//! the Jalali calendar.
use crate::api::AppError;
use crate::domain::codes::{parse_dimensions, CapacityKind, Dimension, OrgKind, OrgStatus};
use crate::domain::directory_rules::parse_iso;
use crate::domain::jalali::JalaliDate;
use crate::domain::roles::CommitteeRole;
use crate::i18n::*;
use crate::server::db::organisations::{self as org_store, OrganisationFilter};
use crate::server::db::{committees, Db};
use crate::server::today_iso;
use crate::ui::components::labels;
use tracing::instrument;

pub struct Table {
    /// The file name without extension, and the sheet name.
    pub name: &'static str,
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

pub(crate) fn day(iso: Option<&str>) -> String {
    iso.and_then(parse_iso)
        .and_then(JalaliDate::from_gregorian)
        .map(JalaliDate::to_numeric)
        .unwrap_or_default()
}

pub(crate) fn headers(list: &[&str]) -> Vec<String> {
    list.iter().map(|h| h.to_string()).collect()
}

/// One row per current seat: committee, dimension, member, kind, role, since, until.
#[instrument(skip_all)]
pub async fn committees(db: &Db, locale: Locale) -> Result<Table, AppError> {
    let today = today_iso();
    let cards =
        committees::cards(db.read(), &today, "", "%", committees::CommitteeOrder::Name).await?;
    let seats = committees::members_of_all(db.read()).await?;
    let mut rows = Vec::new();
    for card in &cards {
        for m in seats.iter().filter(|m| m.committee_id == card.id).cloned() {
            let current = m.since.as_str() <= today.as_str()
                && m.until.as_deref().is_none_or(|u| u >= today.as_str());
            if !current {
                continue;
            }
            let kind = match m.org_kind.as_deref().and_then(OrgKind::parse) {
                Some(k) => labels::org_kind_in(locale, k),
                None => td_string!(locale, directory.experts),
            };
            let role = CommitteeRole::parse(&m.role).unwrap_or(CommitteeRole::Member);
            rows.push(vec![
                card.name.clone(),
                labels::dimension_in(
                    locale,
                    Dimension::parse(&card.dimension).unwrap_or(Dimension::Other),
                )
                .into(),
                m.name,
                kind.into(),
                labels::committee_role_in(locale, role).into(),
                day(Some(&m.since)),
                day(m.until.as_deref()),
            ]);
        }
    }
    Ok(Table {
        name: "committees",
        headers: headers(&[
            td_string!(locale, nav.committees),
            td_string!(locale, directory.dimension),
            td_string!(locale, directory.member),
            td_string!(locale, directory.kind),
            td_string!(locale, directory.role),
            td_string!(locale, directory.since_date),
            td_string!(locale, directory.until_date),
        ]),
        rows,
    })
}

#[instrument(skip_all)]
pub async fn organisations(db: &Db, locale: Locale) -> Result<Table, AppError> {
    let filter = OrganisationFilter {
        like: "%".into(),
        include_unverified: true,
        ..Default::default()
    };
    let (list, _) = org_store::page(db.read(), &filter, i64::MAX / 2, 0).await?;
    let rows = list
        .into_iter()
        .map(|o| {
            let dims: Vec<&str> = parse_dimensions(&o.dimensions)
                .into_iter()
                .map(|d| labels::dimension_in(locale, d))
                .collect();
            vec![
                o.name,
                labels::org_kind_in(locale, OrgKind::parse(&o.kind).unwrap_or(OrgKind::Other))
                    .into(),
                labels::org_status_in(
                    locale,
                    OrgStatus::parse(&o.status).unwrap_or(OrgStatus::Pending),
                )
                .into(),
                o.registration_no.unwrap_or_default(),
                dims.join(td_string!(locale, directory.list_separator)),
                o.phone,
                o.email,
                o.website,
                o.address,
                o.neighbourhoods.to_string(),
                o.capacities.to_string(),
            ]
        })
        .collect();
    Ok(Table {
        name: "organisations",
        headers: headers(&[
            td_string!(locale, directory.name),
            td_string!(locale, directory.kind),
            td_string!(locale, directory.status),
            td_string!(locale, directory.registration_no),
            td_string!(locale, directory.dimensions),
            td_string!(locale, directory.phone),
            td_string!(locale, directory.email),
            td_string!(locale, directory.website),
            td_string!(locale, directory.address),
            td_string!(locale, nav.neighbourhoods),
            td_string!(locale, directory.capacities),
        ]),
        rows,
    })
}

/// Capacities of verified organisations, filtered like the `/capacities` page, largest first.
#[instrument(skip_all)]
pub async fn capacities(
    db: &Db,
    locale: Locale,
    kind: Option<CapacityKind>,
    neighbourhood_id: Option<i64>,
) -> Result<Table, AppError> {
    let list = super::capacities::search(db, kind, neighbourhood_id).await?;
    let rows = list
        .into_iter()
        .map(|c| {
            let places: Vec<String> = c.neighbourhoods.into_iter().map(|n| n.name).collect();
            vec![
                c.organisation.name,
                labels::capacity_kind_in(locale, c.kind).into(),
                c.quantity.to_string(),
                c.unit,
                c.description,
                places.join(td_string!(locale, directory.list_separator)),
                day(c.available_from.as_deref()),
                day(c.available_until.as_deref()),
            ]
        })
        .collect();
    Ok(Table {
        name: "capacities",
        headers: headers(&[
            td_string!(locale, directory.organisation),
            td_string!(locale, directory.kind),
            td_string!(locale, directory.quantity),
            td_string!(locale, directory.unit),
            td_string!(locale, directory.description),
            td_string!(locale, nav.neighbourhoods),
            td_string!(locale, directory.since_date),
            td_string!(locale, directory.until_date),
        ]),
        rows,
    })
}
