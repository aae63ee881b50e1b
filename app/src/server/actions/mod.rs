//! Campaigns and local actions: who may publish and close an action (those who run its centre
//! or organisation, and officials), what a campaign adds up to, and each action's page.
pub mod campaigns;
pub mod closing;
pub mod guests;
pub mod photos;
pub mod publish;
pub mod score_admin;
pub mod scores;

use crate::api::AppError;
use crate::domain::action_rules::{self as rules, ActionKind, ActionState, Measure};
use crate::domain::directory_rules::parse_iso;
use crate::domain::permissions::Actor;
use crate::model::actions::{
    ActionCard, ActionDetail, ActionFigures, DayVolunteering, GuestView, ShiftOnDay, TargetView,
};
use crate::model::directory::Named;
use crate::server::db::local_actions::{self as store, ActionRow, FiguresRow};
use crate::server::db::{action_photos, action_volunteers, Db};
use crate::server::today_iso;
use tracing::instrument;

pub use crate::domain::action_rules::ACTIONS_PAGE;

/// Whether the caller runs the action: its centre's manager, a representative of its
/// organisation, or an official.
pub(crate) fn manages(actor: Option<&Actor>, row: &ActionRow) -> bool {
    actor.is_some_and(|a| {
        a.is_staff()
            || a.organisations.contains(&row.organisation_id)
            || (row.centre_id.is_some() && row.centre_manager_id == Some(a.user_id))
    })
}

fn today() -> chrono::NaiveDate {
    parse_iso(&today_iso()).unwrap_or_default()
}

pub(crate) fn card(row: &ActionRow) -> ActionCard {
    let state = ActionState::parse(&row.state).unwrap_or(ActionState::Published);
    ActionCard {
        id: row.id,
        title: row.title.clone(),
        kind: ActionKind::parse(&row.kind).unwrap_or(ActionKind::Other),
        state,
        held_on: row.held_on.clone(),
        centre: row
            .centre_id
            .zip(row.centre.clone())
            .map(|(id, name)| Named { id, name }),
        organisation: Named {
            id: row.organisation_id,
            name: row.organisation.clone(),
        },
        neighbourhood: Named {
            id: row.neighbourhood_id,
            name: row.neighbourhood.clone(),
        },
        campaign: row
            .campaign_id
            .zip(row.campaign.clone())
            .map(|(id, name)| Named { id, name }),
        attendance: row.attendance,
        overdue: rules::overdue(state, &row.held_on, today()),
    }
}

pub(crate) fn figures(row: FiguresRow) -> ActionFigures {
    ActionFigures {
        actions: row.actions,
        closed: row.closed,
        centres: row.centres,
        neighbourhoods: row.neighbourhoods,
        reached: row.reached,
        targets_met: row.targets_met,
        targets_recorded: row.targets_recorded,
    }
}

/// An action's page: public, like the centres and neighbourhoods it belongs to.
#[instrument(skip_all)]
pub async fn detail(db: &Db, actor: Option<&Actor>, id: i64) -> Result<ActionDetail, AppError> {
    let row = store::find(db.read(), id)
        .await?
        .ok_or(AppError::NotFound)?;
    let targets = store::targets(db.read(), id)
        .await?
        .into_iter()
        .map(|t| TargetView {
            id: t.id,
            measure: Measure::parse(&t.measure).unwrap_or(Measure::Other),
            label: t.label,
            target: t.target,
            achieved: t.achieved,
        })
        .collect();
    let may_manage = manages(actor, &row);
    let card = card(&row);
    let may_close = may_manage && rules::may_close(card.state, &row.held_on, today()).is_ok();
    let guests: Vec<GuestView> = guests::guest_views(db, id).await?;
    let problems = guests::problem_views(db, id).await?;
    let in_reports = (card.state == ActionState::Closed && actor.is_some_and(|a| a.is_staff()))
        .then_some(row.in_reports == 1);
    let (boards, organisations) = match actor.filter(|_| may_manage) {
        Some(actor) => guests::choices(db, actor).await?,
        None => (Vec::new(), Vec::new()),
    };
    Ok(ActionDetail {
        card,
        place: row.place,
        summary: row.summary,
        targets,
        account: row.account,
        closed_by: row.closed_by,
        closed_at: row.closed_at,
        may_manage,
        may_close,
        guests,
        problems,
        boards,
        organisations,
        in_reports,
        photos: action_photos::of_action(db.read(), id).await?,
        volunteering: match row.centre_id {
            Some(centre) => Some(volunteering(db, centre, &row.held_on).await?),
            None => None,
        },
    })
}

/// The volunteers at a centre on an action's day: its shifts and the hours approved there.
async fn volunteering(db: &Db, centre: i64, day: &str) -> Result<DayVolunteering, AppError> {
    let shifts = action_volunteers::shifts_on(db.read(), centre, day)
        .await?
        .into_iter()
        .map(|s| ShiftOnDay {
            shift_id: s.shift_id,
            opportunity: Named {
                id: s.opportunity_id,
                name: s.title,
            },
            starts_at: s.starts_at,
            ends_at: s.ends_at,
            booked: s.booked,
            attended: s.attended,
        })
        .collect();
    let (volunteers, minutes) = action_volunteers::hours_on(db.read(), centre, day).await?;
    Ok(DayVolunteering {
        shifts,
        volunteers,
        minutes,
    })
}

/// A page of the actions of a centre, neighbourhood or organisation, with how many there are.
pub async fn page_of(
    db: &Db,
    of: store::ActionsOf,
    page: i64,
) -> Result<(Vec<ActionCard>, i64), AppError> {
    let total = store::count(db.read(), of).await?;
    // A page past the end shows the last.
    let last = crate::domain::paging::page_count(total, ACTIONS_PAGE).max(1);
    let page = crate::domain::paging::page_number(page).min(last);
    let rows = store::list(db.read(), of, ACTIONS_PAGE, (page - 1) * ACTIONS_PAGE).await?;
    Ok((rows.iter().map(card).collect(), total))
}
