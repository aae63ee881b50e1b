//! The officials' dashboard: where proposals stand, how long decisions take, where projects
//! are and how many have stalled or been completed.
use crate::api::AppError;
use crate::domain::codes::Dimension;
use crate::domain::directory_rules::parse_iso;
use crate::domain::jalali::JalaliDate;
use crate::domain::permissions::Actor;
use crate::domain::project_rules::{ProjectStatus, StalledRule};
use crate::domain::proposal_flow::ProposalStatus;
use crate::domain::stats::{days_between, median, percent_of};
use crate::domain::volunteer_rules::VolunteerState;
use crate::domain::volunteer_stats::{last_months, minutes_by_month};
use crate::model::dashboard::{Dashboard, VolunteerFigures};
use crate::model::directory::Named;
use crate::model::volunteers::RoleName;
use crate::server::db::{dashboard as store, projects, Db};
use crate::server::projects::cards;
use crate::server::today_iso;
use tracing::instrument;

/// Counts in the order of `all`, zeros included, from stored (code, count) rows.
fn in_order<T: Copy + PartialEq>(
    all: &[T],
    parse: fn(&str) -> Option<T>,
    rows: &[(String, i64)],
) -> Vec<(T, i64)> {
    all.iter()
        .map(|&v| {
            let n = rows
                .iter()
                .filter(|(code, _)| parse(code) == Some(v))
                .map(|(_, n)| n)
                .sum();
            (v, n)
        })
        .collect()
}

#[instrument(skip_all)]
pub async fn overview(
    db: &Db,
    actor: Option<&Actor>,
    rule: StalledRule,
) -> Result<Dashboard, AppError> {
    match actor {
        None => return Err(AppError::SignInRequired),
        Some(a) if !a.is_staff() => return Err(AppError::Forbidden),
        Some(_) => {}
    }
    let pool = db.read();
    let statuses: Vec<ProposalStatus> = ProposalStatus::ALL
        .iter()
        .copied()
        .filter(|s| *s != ProposalStatus::Draft)
        .collect();
    let proposals_by_status = in_order(
        &statuses,
        ProposalStatus::parse,
        &store::proposals_by_status(pool).await?,
    );
    let proposals_by_dimension = in_order(
        Dimension::ALL,
        Dimension::parse,
        &store::proposals_by_dimension(pool).await?,
    );
    let waits: Vec<i64> = store::decision_times(pool)
        .await?
        .into_iter()
        .filter_map(|(submitted, decided)| submitted.map(|s| days_between(s, decided)))
        .collect();
    let projects_by_status = in_order(
        ProjectStatus::ALL,
        ProjectStatus::parse,
        &store::projects_by_status(pool).await?,
    );
    let projects_by_neighbourhood = store::projects_by_neighbourhood(pool)
        .await?
        .into_iter()
        .map(|(id, name, n)| (Named { id, name }, n))
        .collect();
    let running = projects::running(pool).await?;
    let open = projects::open_milestones_of_running(pool).await?;
    let running_cards = cards(db, rule, running, &open).await?;
    let count = |status: ProjectStatus| {
        projects_by_status
            .iter()
            .find(|(s, _)| *s == status)
            .map_or(0, |(_, n)| *n)
    };
    let completed = count(ProjectStatus::Completed);
    let started = completed
        + count(ProjectStatus::Active)
        + count(ProjectStatus::Suspended)
        + count(ProjectStatus::Cancelled);
    Ok(Dashboard {
        proposals_by_status,
        proposals_by_dimension,
        median_days_to_decision: median(&waits),
        decided: waits.len() as i64,
        stalled: running_cards.iter().filter(|c| c.stalled.is_some()).count() as i64,
        running: running_cards.len() as i64,
        completed,
        started,
        completion_rate: percent_of(completed, started),
        projects_by_status,
        projects_by_neighbourhood,
        volunteers: volunteer_figures(db).await?,
        campaigns: crate::server::actions::campaigns::running(db, &today_iso()).await?,
        actions_unclosed: crate::server::db::local_actions::unclosed(pool, &today_iso()).await?,
    })
}

/// Homes shown on the dashboard's chart of where active volunteers live.
const HOMES_SHOWN: i64 = 10;

async fn volunteer_figures(db: &Db) -> Result<VolunteerFigures, AppError> {
    let pool = db.read();
    let today_iso = today_iso();
    let today = parse_iso(&today_iso).ok_or(AppError::Internal)?;
    let months = last_months(today, 12);
    let since = months
        .first()
        .and_then(|(y, m)| JalaliDate::new(*y, *m, 1).ok())
        .and_then(JalaliDate::to_gregorian)
        .unwrap_or(today);
    let days: Vec<_> = store::approved_minutes_by_day(pool, &since.to_string())
        .await?
        .into_iter()
        .filter_map(|(day, minutes)| Some((parse_iso(&day)?, minutes)))
        .collect();
    let open = crate::server::db::centres::open_requests(pool, &today_iso).await?;
    let places_asked: i64 = open.iter().map(|r| r.places).sum();
    let places_filled: i64 = open
        .iter()
        .map(|r| (r.places - r.places_left.max(0)).clamp(0, r.places))
        .sum();
    Ok(VolunteerFigures {
        by_state: in_order(
            VolunteerState::ALL,
            VolunteerState::parse,
            &store::volunteers_by_state(pool).await?,
        ),
        by_role: store::active_by_role(pool)
            .await?
            .into_iter()
            .map(|(id, code, name, n)| (RoleName { id, code, name }, n))
            .collect(),
        by_neighbourhood: store::active_by_neighbourhood(pool, HOMES_SHOWN)
            .await?
            .into_iter()
            .map(|(id, name, n)| (Named { id, name }, n))
            .collect(),
        minutes_by_month: minutes_by_month(&days, &months),
        places_asked,
        places_filled,
        filled_rate: percent_of(places_filled, places_asked),
    })
}
