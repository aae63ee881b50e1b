//! Why a volunteer was matched with the requests they were proposed for or placed at, for
//! their own page: the same facts routing ranked them by (the role, the shared times, the
//! distance from home), computed from their profile and the request as they stand.
use crate::api::AppError;
use crate::domain::availability::Week;
use crate::domain::centre_rules::PlacementState;
use crate::domain::volunteer_routing::{suggest, Candidate};
use crate::model::centres::{Fit, PlacementView};
use crate::server::db::centres::{self as centre_store, point};
use crate::server::db::volunteers::VolunteerRow;
use crate::server::db::{neighbourhoods, Db};

/// Fills `why` of each proposed or accepted placement (two queries, whatever their number).
pub(super) async fn explain(
    db: &Db,
    row: &VolunteerRow,
    offered: &[i64],
    placements: &mut [PlacementView],
) -> Result<(), AppError> {
    let live =
        |p: &PlacementView| matches!(p.state, PlacementState::Proposed | PlacementState::Accepted);
    let ids: Vec<i64> = placements
        .iter()
        .filter(|p| live(p))
        .map(|p| p.request_id)
        .collect();
    if ids.is_empty() {
        return Ok(());
    }
    let requests = centre_store::requests_by_ids(db.read(), &ids).await?;
    let home = match row.neighbourhood_id {
        Some(id) => neighbourhoods::find(db.read(), id)
            .await?
            .and_then(|n| point(n.latitude, n.longitude)),
        None => None,
    };
    let candidate = Candidate {
        volunteer: row.id,
        roles: offered.to_vec(),
        free: Week::from_bits(row.availability),
        home,
    };
    for p in placements.iter_mut().filter(|p| live(p)) {
        let Some(request) = requests.iter().find(|r| r.id == p.request_id) else {
            continue;
        };
        // Their own place counts as open: a filled request still says why it fitted.
        let mut opening = request.opening();
        opening.places_left = 1;
        p.why = suggest(&candidate, &opening).map(|s| Fit {
            shared_cells: s.shared_cells,
            needed_cells: s.needed_cells,
            metres: s.metres,
        });
    }
    Ok(())
}
