//! Capacities: one organisation's list, and "who has what, where" for officials.
use crate::api::AppError;
use crate::domain::codes::CapacityKind;
use crate::model::directory::{Capacity, Named};
use crate::server::db::capacities::{self as store, CapacityRow};
use crate::server::db::Db;

fn capacity(r: CapacityRow, places: &[(i64, i64, String)]) -> Capacity {
    Capacity {
        neighbourhoods: places
            .iter()
            .filter(|(c, _, _)| *c == r.id)
            .map(|(_, id, name)| Named {
                id: *id,
                name: name.clone(),
            })
            .collect(),
        id: r.id,
        organisation: Named {
            id: r.organisation_id,
            name: r.organisation,
        },
        kind: CapacityKind::parse(&r.kind).unwrap_or(CapacityKind::Other),
        quantity: r.quantity,
        unit: r.unit,
        description: r.description,
        available_from: r.available_from,
        available_until: r.available_until,
    }
}

pub async fn of_organisation(db: &Db, organisation_id: i64) -> Result<Vec<Capacity>, AppError> {
    let rows = store::of_organisation(db.read(), organisation_id).await?;
    let places = store::neighbourhoods(db.read(), Some(organisation_id)).await?;
    Ok(rows.into_iter().map(|r| capacity(r, &places)).collect())
}

/// "Who has what, where": capacities of verified organisations by kind and neighbourhood,
/// largest first (two queries for the whole list).
pub async fn search(
    db: &Db,
    kind: Option<CapacityKind>,
    neighbourhood_id: Option<i64>,
) -> Result<Vec<Capacity>, AppError> {
    let kind = kind.map(CapacityKind::as_str).unwrap_or_default();
    let rows = store::search(db.read(), kind, neighbourhood_id).await?;
    let places = store::neighbourhoods(db.read(), None).await?;
    Ok(rows.into_iter().map(|r| capacity(r, &places)).collect())
}
