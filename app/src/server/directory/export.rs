//! The directory as tables for officials' exports (CSV, Excel): committees with their current
//! members, organisations, capacities. Headers and codes in the requested language, dates in
//! the Jalali calendar.
use crate::api::AppError;
use crate::domain::codes::{parse_dimensions, CapacityKind, Dimension, OrgKind, OrgStatus};
use crate::domain::roles::CommitteeRole;
use crate::i18n::*;
use crate::server::db::organisations::{self as org_store, OrganisationFilter};
use crate::server::db::{committees, Db};
use crate::server::export_table::{day, number, text, Kind, Table, Value};
use crate::server::today_iso;
use crate::ui::components::labels;
use tracing::instrument;

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
                text(card.name.clone()),
                text(labels::dimension_in(
                    locale,
                    Dimension::parse(&card.dimension).unwrap_or(Dimension::Other),
                )),
                text(m.name),
                text(kind),
                text(labels::committee_role_in(locale, role)),
                day(Some(&m.since)),
                day(m.until.as_deref()),
            ]);
        }
    }
    let columns = [
        (td_string!(locale, nav.committees), Kind::Text),
        (td_string!(locale, directory.dimension), Kind::Text),
        (td_string!(locale, directory.member), Kind::Text),
        (td_string!(locale, directory.kind), Kind::Text),
        (td_string!(locale, directory.role), Kind::Text),
        (td_string!(locale, export.since), Kind::Date),
        (td_string!(locale, export.until), Kind::Date),
    ];
    Ok(Table::new("committees", &columns).with_rows(rows))
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
                text(o.name),
                text(labels::org_kind_in(
                    locale,
                    OrgKind::parse(&o.kind).unwrap_or(OrgKind::Other),
                )),
                text(labels::org_status_in(
                    locale,
                    OrgStatus::parse(&o.status).unwrap_or(OrgStatus::Pending),
                )),
                o.registration_no.map_or(Value::Empty, text),
                text(dims.join(td_string!(locale, directory.list_separator))),
                text(o.phone),
                text(o.email),
                text(o.website),
                text(o.address),
                number(Some(o.neighbourhoods)),
                number(Some(o.capacities)),
            ]
        })
        .collect();
    let columns = [
        (td_string!(locale, directory.name), Kind::Text),
        (td_string!(locale, directory.kind), Kind::Text),
        (td_string!(locale, directory.status), Kind::Text),
        (td_string!(locale, directory.registration_no), Kind::Text),
        (td_string!(locale, directory.dimensions), Kind::Text),
        (td_string!(locale, directory.phone), Kind::Text),
        (td_string!(locale, directory.email), Kind::Text),
        (td_string!(locale, directory.website), Kind::Text),
        (td_string!(locale, directory.address), Kind::Text),
        (
            td_string!(locale, export.neighbourhoods_count),
            Kind::Integer,
        ),
        (td_string!(locale, export.capacities_count), Kind::Integer),
    ];
    Ok(Table::new("organisations", &columns).with_rows(rows))
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
                text(c.organisation.name),
                text(labels::capacity_kind_in(locale, c.kind)),
                number(Some(c.quantity)),
                text(c.unit),
                text(c.description),
                text(places.join(td_string!(locale, directory.list_separator))),
                day(c.available_from.as_deref()),
                day(c.available_until.as_deref()),
            ]
        })
        .collect();
    let columns = [
        (td_string!(locale, directory.organisation), Kind::Text),
        (td_string!(locale, directory.kind), Kind::Text),
        (td_string!(locale, directory.quantity), Kind::Integer),
        (td_string!(locale, export.unit), Kind::Text),
        (td_string!(locale, directory.description), Kind::Text),
        (td_string!(locale, nav.neighbourhoods), Kind::Text),
        (td_string!(locale, export.since), Kind::Date),
        (td_string!(locale, export.until), Kind::Date),
    ];
    Ok(Table::new("capacities", &columns).with_rows(rows))
}
