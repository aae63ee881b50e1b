//! Opportunities and shifts: the public list and page, publishing, signing up (with the
//! waiting list, reminders and freeing of unconfirmed seats) and attendance. Each operation
//! checks how the caller stands to *this* centre or sign-up. Server functions call these.
pub mod attendance;
pub mod publish;
pub mod signups;

use crate::api::AppError;
use crate::domain::centre_rules::{opportunity_standing, CentreStanding};
use crate::domain::directory_rules::parse_iso;
use crate::domain::paging::{page_count, page_number};
use crate::domain::permissions::Actor;
use crate::domain::shift_rules::{self as rules, ShiftMoment, SignupState};
use crate::domain::volunteer_rules::VolunteerState;
use crate::model::directory::Named;
use crate::model::shifts::{
    MySeat, MyShift, OpportunityCard, OpportunityDetail, OpportunityOptions, OpportunityPage,
    PublishedOpportunities, ShiftView, SignupStanding, SignupView,
};
use crate::model::volunteers::RoleName;
use crate::server::centres::{all_named, name_for, standing};
use crate::server::db::shifts::{
    self as store, OpportunitiesOf, OpportunityRow, ShiftRow, SignupRow,
};
use crate::server::db::{centres, projects, volunteers, Db};
use crate::server::{now_ms, today_iso};
use tracing::instrument;

/// Opportunities a page of the list shows.
const PER_PAGE: i64 = 20;
/// How many of a centre's or a project's opportunities their page lists.
const LISTED: i64 = 20;

pub(crate) fn card(row: OpportunityRow) -> OpportunityCard {
    OpportunityCard {
        id: row.id,
        title: row.title,
        centre: Named {
            id: row.centre_id,
            name: row.centre,
        },
        neighbourhood: Named {
            id: row.neighbourhood_id,
            name: row.neighbourhood,
        },
        role: RoleName {
            id: row.role_id,
            code: row.role_code,
            name: row.role_name,
        },
        project: row
            .project_id
            .zip(row.project)
            .map(|(id, name)| Named { id, name }),
        publisher: row
            .organisation_id
            .zip(row.organisation)
            .map(|(id, name)| Named { id, name }),
        next_day: row.next_day,
        shifts_ahead: row.shifts_ahead,
        seats_left: row.seats_left.max(0),
    }
}

pub(crate) fn moment(row: &ShiftRow) -> ShiftMoment {
    moment_at(&row.day, &row.starts_at, row.cancelled_at.is_some())
}

/// When a shift stored as `day` and `starts` begins, and whether it was cancelled.
pub(crate) fn moment_at(day: &str, starts: &str, cancelled: bool) -> ShiftMoment {
    ShiftMoment {
        cancelled,
        starts_ms: parse_iso(day).map_or(0, |d| rules::starts_ms(d, starts)),
    }
}

fn signup_state(row: &SignupRow) -> SignupState {
    SignupState::parse(&row.state).unwrap_or(SignupState::Cancelled)
}

/// The volunteer's own seat; `position` counts the waiting list ahead of them.
pub(crate) fn seat(row: &SignupRow, position: Option<i64>, now: i64) -> MySeat {
    let state = signup_state(row);
    let confirmed = row.confirmed_at.is_some();
    let may_confirm = row.shift_cancelled_at.is_none()
        && parse_iso(&row.day).is_some_and(|d| rules::may_confirm(state, confirmed, now, d));
    MySeat {
        state,
        confirmed,
        may_confirm,
        position,
        attended: row.attended.map(|a| a == 1),
    }
}

/// The open list: opportunities with a shift ahead, the soonest first.
#[instrument(skip_all)]
pub async fn list(db: &Db, page: i64) -> Result<OpportunityPage, AppError> {
    let page = page_number(page);
    let today = today_iso();
    let (rows, total) = store::list(
        db.read(),
        OpportunitiesOf::Ahead,
        &today,
        PER_PAGE,
        (page - 1) * PER_PAGE,
    )
    .await?;
    Ok(OpportunityPage {
        items: rows.into_iter().map(card).collect(),
        page,
        pages: page_count(total, PER_PAGE),
        total,
    })
}

/// A centre's or a project's opportunities, the latest first.
pub async fn listed(db: &Db, of: OpportunitiesOf) -> Result<Vec<OpportunityCard>, AppError> {
    let (rows, _) = store::list(db.read(), of, &today_iso(), LISTED, 0).await?;
    Ok(rows.into_iter().map(card).collect())
}

/// An organisation's opportunities; the publish form's choices for its representatives.
#[instrument(skip_all)]
pub async fn of_organisation(
    db: &Db,
    actor: Option<&Actor>,
    organisation_id: i64,
) -> Result<PublishedOpportunities, AppError> {
    let list = listed(db, OpportunitiesOf::Organisation(organisation_id)).await?;
    let publish = match actor {
        Some(a) if a.organisations.contains(&organisation_id) => {
            let centres = all_named(db).await?;
            Some((options_for(db, organisation_id).await?, centres))
        }
        _ => None,
    };
    Ok(PublishedOpportunities { list, publish })
}

/// What the publish form offers: the roles, and the projects now running.
pub async fn options(db: &Db) -> Result<OpportunityOptions, AppError> {
    let projects = projects::running(db.read()).await?;
    options_with(db, projects).await
}

/// What an organisation's publish form offers: the roles, and the running projects it leads or
/// is a partner of.
pub async fn options_for(db: &Db, organisation_id: i64) -> Result<OpportunityOptions, AppError> {
    let projects = projects::running_with(db.read(), organisation_id).await?;
    options_with(db, projects).await
}

async fn options_with(
    db: &Db,
    projects: Vec<crate::server::db::projects::ProjectRow>,
) -> Result<OpportunityOptions, AppError> {
    let roles = volunteers::roles(db.read())
        .await?
        .into_iter()
        .map(|r| RoleName {
            id: r.id,
            code: r.code,
            name: r.name,
        })
        .collect();
    let projects = projects
        .into_iter()
        .map(|p| Named {
            id: p.id,
            name: p.title,
        })
        .collect();
    Ok(OpportunityOptions { roles, projects })
}

/// How the caller stands to the opportunity's centre.
async fn standing_at(
    db: &Db,
    actor: Option<&Actor>,
    centre_id: i64,
) -> Result<CentreStanding, AppError> {
    let centre = centres::find(db.read(), centre_id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(standing(actor, &centre))
}

/// Whether the caller runs a centre (its manager, the organisation running it, an official).
pub(crate) async fn manages(
    db: &Db,
    actor: Option<&Actor>,
    centre_id: i64,
) -> Result<bool, AppError> {
    Ok(standing_at(db, actor, centre_id).await?.manages())
}

/// How the caller stands to an opportunity: its centre's, or its publishing organisation's.
pub(crate) async fn standing_to(
    db: &Db,
    actor: Option<&Actor>,
    row: &OpportunityRow,
) -> Result<CentreStanding, AppError> {
    let at_centre = standing_at(db, actor, row.centre_id).await?;
    let represents = actor
        .map(|a| a.organisations.as_slice())
        .unwrap_or_default();
    Ok(opportunity_standing(
        at_centre,
        row.organisation_id,
        represents,
    ))
}

/// Whether the caller runs an opportunity (adds and cancels shifts, records attendance).
pub(crate) async fn runs(db: &Db, actor: &Actor, row: &OpportunityRow) -> Result<bool, AppError> {
    Ok(standing_to(db, Some(actor), row).await?.manages())
}

/// An opportunity with its shifts; who signed up only for those who run it (names and numbers
/// for the centre itself, masked names for an official); the caller's own seat for a volunteer.
#[instrument(skip_all)]
pub async fn detail(
    db: &Db,
    actor: Option<&Actor>,
    id: i64,
) -> Result<OpportunityDetail, AppError> {
    let today = today_iso();
    let row = store::opportunity(db.read(), id, &today)
        .await?
        .ok_or(AppError::NotFound)?;
    let at_centre = standing_to(db, actor, &row).await?;
    let may_manage = at_centre.manages();
    let me = match actor {
        Some(a) => volunteers::of_user(db.read(), a.user_id).await?,
        None => None,
    };
    let standing = match (actor, &me) {
        (None, _) => SignupStanding::Visitor,
        (Some(_), None) => SignupStanding::NoProfile,
        (Some(_), Some(v)) if v.state == VolunteerState::Active.as_str() => SignupStanding::Active,
        (Some(_), Some(_)) => SignupStanding::NotActive,
    };
    let shifts = store::shifts_of(db.read(), id).await?;
    let ids: Vec<i64> = shifts.iter().map(|s| s.id).collect();
    let signups = store::signups_of_shifts(db.read(), &ids).await?;
    let now = now_ms();
    let today_day = parse_iso(&today).unwrap_or_default();
    let shifts = shifts
        .into_iter()
        .map(|s| {
            let of_shift: Vec<&SignupRow> = signups.iter().filter(|g| g.shift_id == s.id).collect();
            let waiting: Vec<i64> = of_shift
                .iter()
                .filter(|g| signup_state(g) == SignupState::Waiting)
                .map(|g| g.id)
                .collect();
            let mine = me.as_ref().and_then(|v| {
                let g = of_shift.iter().find(|g| g.volunteer_id == v.id)?;
                let position = waiting
                    .iter()
                    .position(|w| *w == g.id)
                    .map(|p| p as i64 + 1);
                Some(seat(g, position, now))
            });
            let m = moment(&s);
            let past = now >= m.starts_ms;
            let active_seat = mine
                .as_ref()
                .is_some_and(|m| matches!(m.state, SignupState::Booked | SignupState::Waiting));
            let day = parse_iso(&s.day).unwrap_or_default();
            ShiftView {
                id: s.id,
                day: s.day.clone(),
                starts: s.starts_at.clone(),
                ends: s.ends_at.clone(),
                slots: s.slots,
                booked: s.booked,
                waiting: s.waiting,
                cancelled: s.cancelled_at.is_some(),
                cancel_reason: s.cancel_reason.clone(),
                open: standing == SignupStanding::Active
                    && !active_seat
                    && rules::open_for_signup(m, now).is_ok(),
                past,
                mine,
                attendance_open: at_centre.decides()
                    && s.attendance_at.is_none()
                    && rules::attendance_open(day, m, now, today_day),
                attendance_recorded: s.attendance_at.is_some(),
                signups: if may_manage {
                    of_shift
                        .iter()
                        .filter(|g| {
                            matches!(signup_state(g), SignupState::Booked | SignupState::Waiting)
                        })
                        .map(|g| signup_view(g, at_centre))
                        .collect()
                } else {
                    Vec::new()
                },
            }
        })
        .collect();
    Ok(OpportunityDetail {
        description: row.description.clone(),
        card: card(row),
        shifts,
        may_manage,
        standing,
    })
}

fn signup_view(g: &SignupRow, who: CentreStanding) -> SignupView {
    let state = signup_state(g);
    SignupView {
        id: g.id,
        volunteer: Named {
            id: g.volunteer_id,
            name: name_for(who, g.volunteer.clone()),
        },
        mobile: (state == SignupState::Booked && who.sees_identities()).then(|| g.mobile.clone()),
        state,
        confirmed: g.confirmed_at.is_some(),
        attended: g.attended.map(|a| a == 1),
    }
}

/// A volunteer's shifts, the latest first, for someone already allowed to see their record.
pub async fn of_volunteer(db: &Db, volunteer_id: i64) -> Result<Vec<MyShift>, AppError> {
    let rows = store::signups_of_volunteer(db.read(), volunteer_id).await?;
    let now = now_ms();
    Ok(rows
        .iter()
        .filter(|g| signup_state(g) != SignupState::Cancelled)
        .map(|g| MyShift {
            shift_id: g.shift_id,
            opportunity: Named {
                id: g.opportunity_id,
                name: g.title.clone(),
            },
            centre: Named {
                id: g.centre_id,
                name: g.centre.clone(),
            },
            day: g.day.clone(),
            starts: g.starts_at.clone(),
            ends: g.ends_at.clone(),
            cancelled: g.shift_cancelled_at.is_some(),
            seat: seat(g, None, now),
        })
        .collect())
}
