//! Projects: created when a proposal is approved (or by officials from a committee decision),
//! assigned by officials, run and reported on by the lead agency and partners, followed up by
//! officials when they stall. Projects are public; changing them is checked per project.
pub mod assignment;
pub mod creation;
pub mod detail;
pub mod export;
pub mod follow_up;
pub mod listing;
pub mod photos;
pub mod progress;

use crate::api::AppError;
use crate::domain::directory_rules::parse_iso;
use crate::domain::permissions::Actor;
use crate::domain::project_rules::{Health, ProjectStanding, ProjectStatus, Stalled, StalledRule};
use crate::model::projects::ProjectCard;
use crate::server::db::projects::{self as store, ProjectRow};
use crate::server::db::{notifications, Db, DbError};
use crate::server::directory::named;
use crate::server::today_iso;
use chrono::NaiveDate;
use sqlx::AnyConnection;

pub(crate) async fn found(db: &Db, id: i64) -> Result<ProjectRow, AppError> {
    store::find(db.read(), id).await?.ok_or(AppError::NotFound)
}

pub(crate) fn status_of(row: &ProjectRow) -> ProjectStatus {
    ProjectStatus::parse(&row.status).unwrap_or(ProjectStatus::Planned)
}

/// How the caller stands towards the project.
pub(crate) async fn standing(
    db: &Db,
    actor: Option<&Actor>,
    row: &ProjectRow,
) -> Result<ProjectStanding, AppError> {
    let Some(actor) = actor else {
        return Ok(ProjectStanding::default());
    };
    let partners = store::partners_of(db.read(), &[row.id]).await?;
    let partner_ids: Vec<i64> = partners.iter().map(|(_, o, _, _)| *o).collect();
    Ok(standing_among(Some(actor), row, &partner_ids))
}

/// How the caller stands towards the project, its partners already known.
pub(crate) fn standing_among(
    actor: Option<&Actor>,
    row: &ProjectRow,
    partners: &[i64],
) -> ProjectStanding {
    let Some(actor) = actor else {
        return ProjectStanding::default();
    };
    ProjectStanding {
        lead: row
            .lead_organisation_id
            .is_some_and(|o| actor.organisations.contains(&o)),
        partner: partners.iter().any(|o| actor.organisations.contains(o)),
        staff: actor.is_staff(),
    }
}

/// Whether the running project is stalled on `today`, by the configured rule.
fn judge(
    rule: StalledRule,
    row: &ProjectRow,
    open_milestones: &[String],
    today: NaiveDate,
) -> Option<Stalled> {
    let since = crate::domain::jalali::JalaliDate::from_unix_ms(row.status_since)
        .and_then(|d| d.to_gregorian());
    let health = Health {
        status: Some(status_of(row)),
        since,
        last_update: row.last_update.as_deref().and_then(parse_iso),
        open_milestones: open_milestones
            .iter()
            .filter_map(|d| parse_iso(d))
            .collect(),
    };
    rule.judge(&health, today)
}

/// Cards for rows, with neighbourhoods in one query; `open` holds the open milestones of
/// running projects (project id, due day) for the stalled rule.
pub(crate) async fn cards(
    db: &Db,
    rule: StalledRule,
    rows: Vec<ProjectRow>,
    open: &[(i64, String)],
) -> Result<Vec<ProjectCard>, AppError> {
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let places = store::neighbourhoods_of(db.read(), &ids).await?;
    let today = parse_iso(&today_iso()).ok_or(AppError::Internal)?;
    Ok(rows
        .into_iter()
        .map(|r| {
            let due: Vec<String> = open
                .iter()
                .filter(|(p, _)| *p == r.id)
                .map(|(_, d)| d.clone())
                .collect();
            ProjectCard {
                id: r.id,
                title: r.title.clone(),
                status: status_of(&r),
                lead: r.lead_organisation_id.zip(r.lead.clone()).map(named),
                neighbourhoods: places
                    .iter()
                    .filter(|(p, _, _)| *p == r.id)
                    .map(|(_, id, name)| named((*id, name.clone())))
                    .collect(),
                percent: r.percent,
                stalled: judge(rule, &r, &due, today),
                budget_rials: r.budget_rials,
                last_update: r.last_update.clone(),
            }
        })
        .collect())
}

/// The running projects that are stalled today, by the rule.
pub(crate) async fn stalled_projects(db: &Db, rule: StalledRule) -> Result<Vec<i64>, AppError> {
    let running = store::running(db.read()).await?;
    let open = store::open_milestones_of_running(db.read()).await?;
    Ok(cards(db, rule, running, &open)
        .await?
        .into_iter()
        .filter(|c| c.stalled.is_some())
        .map(|c| c.id)
        .collect())
}

/// An event on a project its lead agency hears about.
pub(crate) struct LeadEvent<'a> {
    /// The lead to tell (`None`: the project's current lead).
    pub lead: Option<i64>,
    pub kind: &'a str,
    pub detail: &'a str,
    pub actor_id: i64,
    pub now: i64,
}

/// Tells the lead agency's representatives about an event on its project.
pub(crate) async fn tell_lead(
    db: &Db,
    conn: &mut AnyConnection,
    row: &ProjectRow,
    event: &LeadEvent<'_>,
) -> Result<(), DbError> {
    let Some(lead) = event.lead.or(row.lead_organisation_id) else {
        return Ok(());
    };
    let to = notifications::representatives(db.read(), lead).await?;
    let link = format!("/projects/{}", row.id);
    let n = notifications::NewNotification {
        kind: event.kind,
        subject: &row.title,
        detail: event.detail,
        note: "",
        link: &link,
        actor_id: Some(event.actor_id),
        now: event.now,
    };
    notifications::notify(conn, &to, &n).await
}
