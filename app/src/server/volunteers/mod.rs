//! Volunteers' operations: registering, the intermediary's roster and the moves it makes, each
//! checking who is calling and what they may see of *this* volunteer. Server functions call these.
pub mod export;
mod fit;
pub mod merges;
pub mod offer;
pub mod reference;
pub mod registration;
pub mod states;
pub mod veterans;

use crate::api::AppError;
use crate::domain::availability::Week;
use crate::domain::centre_rules::PlacementState;
use crate::domain::permissions::{Action, Actor, Target};
use crate::domain::volunteer_routing::for_every_volunteer;
use crate::domain::volunteer_rules::VolunteerState;
use crate::domain::volunteer_rules::{days_waiting, masked_code, masked_name, VolunteerStanding};
use crate::model::centres::{PlacementView, RequestView, SuggestionView};
use crate::model::directory::Named;
use crate::model::volunteers::{IntermediaryRoster, RoleName, VolunteerFormOptions, VolunteerView};
use crate::server::centres::{placement_view, request_view};
use crate::server::db::centres as centre_store;
use crate::server::db::service;
use crate::server::db::volunteers::{self as store, RoleRow, VolunteerRow};
use crate::server::db::{audit, Db, DbError};
use crate::server::service::certificates;
use crate::server::{now_ms, today_iso};
use std::collections::HashMap;

/// Open requests suggested per active volunteer on the intermediary's roster.
const SUGGESTED: usize = 3;
/// Ranked beyond those, in case some are requests they already hold.
const MAX_TAKEN: usize = 5;

fn role_name(row: &RoleRow) -> RoleName {
    RoleName {
        id: row.id,
        code: row.code.clone(),
        name: row.name.clone(),
    }
}

/// How the caller stands to a volunteer (placements at centres arrive with the centres' pages).
pub(crate) fn standing(actor: &Actor, row: &VolunteerRow) -> VolunteerStanding {
    VolunteerStanding {
        own: row.user_id == actor.user_id,
        intermediary: actor.organisations.contains(&row.intermediary_id),
        placed_centre: false,
    }
}

/// A volunteer as `standing` may see them.
pub(crate) fn view(
    row: VolunteerRow,
    roles: Vec<RoleName>,
    skills: Vec<(String, String)>,
    standing: VolunteerStanding,
    now: i64,
) -> VolunteerView {
    let contact = standing.sees_contact();
    let state = VolunteerState::parse(&row.state).unwrap_or(VolunteerState::Applied);
    VolunteerView {
        id: row.id,
        name: if contact {
            row.full_name
        } else {
            masked_name(&row.full_name)
        },
        national_code: Some(if contact {
            row.national_code
        } else {
            masked_code(&row.national_code)
        }),
        mobile: contact.then_some(row.mobile),
        birth_year: row.birth_year,
        gender: if contact { row.gender } else { None },
        neighbourhood: row
            .neighbourhood_id
            .zip(row.neighbourhood)
            .map(|(id, name)| Named { id, name }),
        intermediary: Named {
            id: row.intermediary_id,
            name: row.intermediary,
        },
        drive: row.drive,
        roles,
        skills: if contact { skills } else { Vec::new() },
        availability: Week::from_bits(row.availability),
        days_waiting: matches!(state, VolunteerState::Applied | VolunteerState::Verified)
            .then(|| days_waiting(row.state_at, now)),
        state,
        state_reason: row.state_reason,
        applied_at: row.applied_at,
        consent_at: row.consent_at,
        private_note: standing.sees_private_note().then_some(row.private_note),
        version: row.version,
        placements: Vec::new(),
        suggestions: Vec::new(),
        approved_minutes: 0,
        certificates: Vec::new(),
        may_certify: false,
    }
}

/// The caller's own volunteer profile, if they have registered.
pub async fn mine(db: &Db, actor: &Actor) -> Result<Option<VolunteerView>, AppError> {
    let Some(row) = store::of_user(db.read(), actor.user_id).await? else {
        return Ok(None);
    };
    let all_roles = store::all_roles(db.read()).await?;
    let offered = store::offers(db.read(), row.id).await?;
    let roles = all_roles
        .iter()
        .filter(|r| offered.contains(&r.id))
        .map(role_name)
        .collect();
    let skills = store::skills(db.read(), row.id).await?;
    let who = standing(actor, &row);
    let mut placements: Vec<PlacementView> = centre_store::placements_of(db.read(), &[row.id])
        .await?
        .into_iter()
        .map(|p| placement_view(p, true))
        .collect();
    fit::explain(db, &row, &offered, &mut placements).await?;
    let mut own = view(row, roles, skills, who, now_ms());
    own.placements = placements;
    Ok(Some(own))
}

/// Volunteers shown per state on the roster, and per page of one state.
pub const ROSTER_PAGE: i64 = 20;

/// The first page of each state of the rosters (see `rosters_shown`).
pub async fn rosters(db: &Db, actor: &Actor) -> Result<Vec<IntermediaryRoster>, AppError> {
    rosters_shown(db, actor, &RosterShown::default()).await
}

/// Which part of the rosters is shown: a name searched for (empty for all), and one state's
/// page or the first of each state.
#[derive(Clone, Debug, Default)]
pub struct RosterShown {
    pub query: String,
    pub state: Option<VolunteerState>,
    pub page: i64,
}

/// The volunteers of each intermediary institution the caller represents (none for others),
/// with their placements and, for the active ones, the best open requests: the first
/// `ROSTER_PAGE` of every state, or page `page` of one `state`, of those whose name matches
/// the query. A fixed number of queries per institution, whatever the number of volunteers.
pub async fn rosters_shown(
    db: &Db,
    actor: &Actor,
    shown: &RosterShown,
) -> Result<Vec<IntermediaryRoster>, AppError> {
    let (state, page) = (shown.state, crate::domain::paging::page_number(shown.page));
    let like = crate::domain::normalize::like_pattern(&crate::domain::normalize::fold_for_search(
        crate::domain::text::search_term(&shown.query),
    ));
    let all_roles = store::all_roles(db.read()).await?;
    let names: HashMap<i64, RoleName> = all_roles.iter().map(|r| (r.id, role_name(r))).collect();
    let intermediaries = store::intermediaries(db.read()).await?;
    let now = now_ms();
    let mut rosters = Vec::new();
    if !intermediaries
        .iter()
        .any(|(id, _)| actor.organisations.contains(id))
    {
        return Ok(rosters);
    }
    // The open requests once, for every roster's suggestions.
    let open = centre_store::open_requests(db.read(), &today_iso()).await?;
    let openings: Vec<_> = open.iter().map(|r| r.opening()).collect();
    let requests: HashMap<i64, RequestView> =
        open.iter().map(|r| (r.id, request_view(r))).collect();
    for (id, name) in intermediaries
        .into_iter()
        .filter(|(id, _)| actor.organisations.contains(id))
    {
        let mut offers: HashMap<i64, Vec<RoleName>> = HashMap::new();
        for (volunteer, role) in store::offers_of_intermediary(db.read(), id).await? {
            if let Some(role) = names.get(&role) {
                offers.entry(volunteer).or_default().push(role.clone());
            }
        }
        let totals = store::count_matching(db.read(), id, &like).await?;
        let total_of = |s: VolunteerState| {
            totals
                .iter()
                .find(|(code, _)| code == s.as_str())
                .map_or(0, |(_, n)| *n)
        };
        let mut roster = IntermediaryRoster {
            intermediary: Named { id, name },
            applied: Vec::new(),
            verified: Vec::new(),
            active: Vec::new(),
            inactive: Vec::new(),
            totals: VolunteerState::ALL
                .iter()
                .map(|s| (*s, total_of(*s)))
                .collect(),
            state,
            page,
            pages: state.map_or(1, |s| {
                crate::domain::paging::page_count(total_of(s), ROSTER_PAGE)
            }),
        };
        let mut rows = Vec::new();
        for s in VolunteerState::ALL {
            let offset = match state {
                None => 0,
                Some(one) if one == *s => (page - 1) * ROSTER_PAGE,
                Some(_) => continue,
            };
            let found = store::roster(db.read(), id, s.as_str(), &like, ROSTER_PAGE, offset);
            rows.extend(found.await?);
        }
        let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
        let mut placements: HashMap<i64, Vec<PlacementView>> = HashMap::new();
        for p in centre_store::placements_of(db.read(), &ids).await? {
            placements
                .entry(p.volunteer_id)
                .or_default()
                .push(placement_view(p, true));
        }
        let mut minutes: HashMap<i64, i64> = service::approved_totals(db.read(), Some(id))
            .await?
            .into_iter()
            .map(|(volunteer, m, _)| (volunteer, m))
            .collect();
        let mut held: HashMap<i64, Vec<_>> = HashMap::new();
        for c in service::certificates_of(db.read(), &ids).await? {
            held.entry(c.volunteer_id).or_default().push(c);
        }
        let candidates = centre_store::candidates(db.read(), Some(id)).await?;
        // A request they are already proposed for or placed at is not suggested again.
        let taken = |volunteer: i64, request: i64| {
            placements.get(&volunteer).is_some_and(|list| {
                list.iter().any(|p| {
                    p.request_id == request
                        && matches!(p.state, PlacementState::Proposed | PlacementState::Accepted)
                })
            })
        };
        let mut suggestions: HashMap<i64, Vec<SuggestionView>> =
            for_every_volunteer(&candidates, &openings, SUGGESTED + MAX_TAKEN)
                .into_iter()
                .map(|(volunteer, found)| {
                    let views = found
                        .into_iter()
                        .filter(|s| !taken(volunteer, s.request))
                        .filter_map(|s| {
                            requests.get(&s.request).map(|r| SuggestionView {
                                request: r.clone(),
                                score: s.score,
                                shared_cells: s.shared_cells,
                                needed_cells: s.needed_cells,
                                metres: s.metres,
                            })
                        })
                        .take(SUGGESTED)
                        .collect();
                    (volunteer, views)
                })
                .collect();
        for row in rows {
            let roles = offers.remove(&row.id).unwrap_or_default();
            let who = standing(actor, &row);
            let mut v = view(row, roles, Vec::new(), who, now);
            v.placements = placements.remove(&v.id).unwrap_or_default();
            v.suggestions = suggestions.remove(&v.id).unwrap_or_default();
            v.approved_minutes = minutes.remove(&v.id).unwrap_or_default();
            let theirs = held.remove(&v.id).unwrap_or_default();
            v.may_certify = certificates::may_issue_by_hand(v.approved_minutes, &theirs);
            v.certificates = theirs
                .into_iter()
                .map(|c| certificates::view(c, true))
                .collect();
            match v.state {
                VolunteerState::Applied => roster.applied.push(v),
                VolunteerState::Verified => roster.verified.push(v),
                VolunteerState::Active => roster.active.push(v),
                VolunteerState::Inactive => roster.inactive.push(v),
            }
        }
        rosters.push(roster);
    }
    Ok(rosters)
}

/// What the registration form offers; the same for everyone (the lists are public).
pub async fn form_options(db: &Db) -> Result<VolunteerFormOptions, AppError> {
    let roles = store::roles(db.read())
        .await?
        .iter()
        .map(role_name)
        .collect();
    let neighbourhoods = crate::server::directory::neighbourhood_choices(db).await?;
    let intermediaries = store::intermediaries(db.read())
        .await?
        .into_iter()
        .map(|(id, name)| Named { id, name })
        .collect();
    Ok(VolunteerFormOptions {
        roles,
        neighbourhoods,
        intermediaries,
    })
}

/// Officials mark (or unmark) an organisation as an intermediary institution.
pub async fn mark_intermediary(db: &Db, actor: &Actor, id: i64, on: bool) -> Result<(), AppError> {
    crate::server::directory::check(
        Some(actor),
        Action::ManageDirectory,
        Target::Organisation(id),
    )?;
    crate::server::db::organisations::find(db.read(), id)
        .await?
        .ok_or(AppError::NotFound)?;
    let now = now_ms();
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    store::set_intermediary(&mut tx, id, on).await?;
    let after = serde_json::json!({ "intermediary": on });
    audit::change(
        &mut tx,
        Some(actor.user_id),
        "organisation.intermediary",
        "organisation",
        id,
        after,
        now,
    )
    .await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(())
}
