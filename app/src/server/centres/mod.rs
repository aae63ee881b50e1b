//! Centres' operations: the public list and page, requests, and placements, each checking who
//! is calling and how they stand to *this* centre or volunteer. Server functions call these.
pub mod forms;
pub mod placements;

use crate::api::AppError;
use crate::domain::availability::Week;
use crate::domain::centre_rules::{CentreKind, CentreStanding, PlacementState};
use crate::domain::permissions::Actor;
use crate::domain::volunteer_rules::masked_name;
use crate::model::centres::{CentreCard, CentreDetail, PlacementView, RequestView};
use crate::model::directory::Named;
use crate::model::volunteers::RoleName;
use crate::server::db::centres::{self as store, CentreRow, PlacementRow, RequestRow};
use crate::server::db::Db;
use tracing::instrument;

/// How many answered days of service a centre's page lists below those waiting.
const ANSWERED_SHOWN: i64 = 15;

pub(crate) fn standing(actor: Option<&Actor>, row: &CentreRow) -> CentreStanding {
    actor.map_or_else(CentreStanding::default, |a| CentreStanding {
        manager: row.manager_id == Some(a.user_id),
        runner: a.organisations.contains(&row.organisation_id),
        staff: a.is_staff(),
    })
}

/// Why someone who may not decide about a centre's people is turned away: an official is
/// refused (they oversee the centre), anyone else learns nothing of it.
pub(crate) fn refusal(who: CentreStanding) -> AppError {
    if who.manages() {
        AppError::Forbidden
    } else {
        AppError::NotFound
    }
}

pub(crate) fn card(row: &CentreRow) -> CentreCard {
    CentreCard {
        id: row.id,
        name: row.name.clone(),
        kind: CentreKind::parse(&row.kind).unwrap_or(CentreKind::Other),
        neighbourhood: Named {
            id: row.neighbourhood_id,
            name: row.neighbourhood.clone(),
        },
        organisation: Named {
            id: row.organisation_id,
            name: row.organisation.clone(),
        },
        open_requests: row.open_requests,
        requests: Vec::new(),
    }
}

pub(crate) fn request_view(row: &RequestRow) -> RequestView {
    RequestView {
        id: row.id,
        centre: Named {
            id: row.centre_id,
            name: row.centre.clone(),
        },
        role: RoleName {
            id: row.role_id,
            code: row.role_code.clone(),
            name: row.role_name.clone(),
        },
        places: row.places,
        places_left: row.places_left.max(0),
        needed: Week::from_bits(row.needed),
        starts_on: row.starts_on.clone(),
        ends_on: row.ends_on.clone(),
        note: row.note.clone(),
        closed: row.closed_at.is_some(),
    }
}

/// Every centre by name, for a form's or a filter's choice of centre.
pub(crate) async fn all_named(db: &Db) -> Result<Vec<Named>, AppError> {
    Ok(store::list(db.read(), store::CentresOf::All)
        .await?
        .into_iter()
        .map(|c| Named {
            id: c.id,
            name: c.name,
        })
        .collect())
}

/// A volunteer's name as the caller may see it: whole for the centre itself, masked for an
/// official managing it.
pub(crate) fn name_for(who: CentreStanding, name: String) -> String {
    if who.sees_identities() {
        name
    } else {
        masked_name(&name)
    }
}

/// A placement as seen by someone who may see the volunteer's name; the mobile only when
/// `contact` (the volunteer, their intermediary, the centre once it accepted them).
pub(crate) fn placement_view(row: PlacementRow, contact: bool) -> PlacementView {
    let state = PlacementState::parse(&row.state).unwrap_or(PlacementState::Proposed);
    PlacementView {
        id: row.id,
        volunteer: Named {
            id: row.volunteer_id,
            name: row.volunteer,
        },
        mobile: contact.then_some(row.mobile),
        centre: Named {
            id: row.centre_id,
            name: row.centre,
        },
        role: RoleName {
            id: row.role_id,
            code: row.role_code,
            name: row.role_name,
        },
        request_id: row.request_id,
        state,
        reason: row.reason,
        proposed_at: row.proposed_at,
        answer_by: row.answer_by,
        why: None,
    }
}

/// Every centre (or one neighbourhood's, or one organisation's), by name, each with the
/// requests open today (one query for all): public.
pub async fn list(db: &Db, of: store::CentresOf) -> Result<Vec<CentreCard>, AppError> {
    let mut cards: Vec<CentreCard> = store::list(db.read(), of).await?.iter().map(card).collect();
    if cards.is_empty() {
        return Ok(cards);
    }
    let open = store::open_requests(db.read(), &crate::server::today_iso()).await?;
    for card in &mut cards {
        card.requests = open
            .iter()
            .filter(|r| r.centre_id == card.id)
            .map(request_view)
            .collect();
    }
    Ok(cards)
}

/// A centre's page: public facts and requests; for those who manage it, the proposals to
/// answer and the volunteers placed there.
#[instrument(skip_all)]
pub async fn detail(db: &Db, actor: Option<&Actor>, id: i64) -> Result<CentreDetail, AppError> {
    let row = store::find(db.read(), id)
        .await?
        .ok_or(AppError::NotFound)?;
    let who = standing(actor, &row);
    let requests = store::requests_of(db.read(), id)
        .await?
        .iter()
        .map(request_view)
        .collect();
    let hours = if who.manages() {
        crate::server::db::service::hours_at(db.read(), id, ANSWERED_SHOWN)
            .await?
            .into_iter()
            .map(|row| {
                let mut view = crate::server::service::hours_view(row);
                view.volunteer.name = name_for(who, view.volunteer.name);
                view
            })
            .collect()
    } else {
        Vec::new()
    };
    let (placements, roles) = if who.manages() {
        let placements = store::placements_at(db.read(), id)
            .await?
            .into_iter()
            .map(|p| {
                let accepted = p.state == PlacementState::Accepted.as_str();
                let mut view = placement_view(p, accepted && who.sees_identities());
                view.volunteer.name = name_for(who, view.volunteer.name);
                view
            })
            .collect();
        let roles = crate::server::db::volunteers::roles(db.read())
            .await?
            .into_iter()
            .map(|r| RoleName {
                id: r.id,
                code: r.code,
                name: r.name,
            })
            .collect();
        (placements, roles)
    } else {
        (Vec::new(), Vec::new())
    };
    let projects = if who.manages() {
        crate::server::shifts::options(db).await?.projects
    } else {
        Vec::new()
    };
    let opportunities =
        crate::server::shifts::listed(db, crate::server::db::shifts::OpportunitiesOf::Centre(id))
            .await?;
    Ok(CentreDetail {
        card: card(&row),
        address: row.address,
        manager: row.manager,
        requests,
        may_manage: who.manages(),
        may_decide: who.decides(),
        placements,
        roles,
        hours,
        opportunities,
        projects,
    })
}
