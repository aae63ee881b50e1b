//! Officials assign a project: a lead executive agency (an agency, verified), partners with
//! their roles, responsible people, budget, plan and milestones. Every change is audited and
//! the lead agency is told.
use super::{found, tell_lead, LeadEvent};
use crate::api::AppError;
use crate::domain::codes::OrgKind;
use crate::domain::directory_rules::iso;
use crate::domain::money::optional_rials;
use crate::domain::permissions::Actor;
use crate::domain::project_rules::{check_plan, MilestoneText};
use crate::domain::validation::{FieldIssue, FormErrors};
use crate::server::db::project_progress;
use crate::server::db::projects::{self as store, Assignment};
use crate::server::db::{audit, organisations, people, Db, DbError};
use crate::server::directory::{changed_meanwhile, has_unknown_neighbourhood};
use crate::server::now_ms;
use serde_json::json;
use tracing::instrument;

#[derive(Clone, Debug, Default)]
pub struct AssignmentInput {
    pub lead: String,
    pub budget_rials: String,
    pub planned_start: String,
    pub planned_end: String,
    /// Partner organisations and the role of each (same positions).
    pub partners: Vec<i64>,
    pub partner_roles: Vec<String>,
    pub people: Vec<i64>,
    pub neighbourhoods: Vec<i64>,
    pub milestones: Vec<MilestoneText>,
}

#[instrument(skip_all)]
pub async fn assign(
    db: &Db,
    actor: &Actor,
    id: i64,
    version: i64,
    input: AssignmentInput,
) -> Result<(), AppError> {
    let row = found(db, id).await?;
    if !actor.is_staff() {
        return Err(AppError::Forbidden);
    }
    let mut e = FormErrors::default();
    let agencies = organisations::verified_of_kind(db.read(), OrgKind::Agency.as_str()).await?;
    let lead = input.lead.trim().parse::<i64>().ok();
    let lead = match lead {
        Some(l) if agencies.iter().any(|(a, _)| *a == l) => Some(l),
        Some(_) => {
            e.push("lead", FieldIssue::InvalidChoice);
            None
        }
        None => {
            e.push("lead", FieldIssue::Required);
            None
        }
    };
    let budget = e.check("budget_rials", optional_rials(&input.budget_rials));
    let plan = match check_plan(&input.planned_start, &input.planned_end, &input.milestones) {
        Ok(plan) => Some(plan),
        Err(issues) => {
            for issue in issues.issues {
                e.push(&issue.field, issue.issue);
            }
            None
        }
    };
    let verified = organisations::verified_of_kind(db.read(), "").await?;
    let bad_partner = input
        .partners
        .iter()
        .any(|p| Some(*p) == lead || !verified.iter().any(|(o, _)| o == p));
    if bad_partner {
        e.push("partners", FieldIssue::InvalidChoice);
    }
    if !input.people.is_empty() {
        let known = people::names(db.read()).await?;
        if input
            .people
            .iter()
            .any(|p| !known.iter().any(|(id, _)| id == p))
        {
            e.push("people", FieldIssue::InvalidChoice);
        }
    }
    if has_unknown_neighbourhood(db, &input.neighbourhoods).await? {
        e.push("neighbourhoods", FieldIssue::InvalidChoice);
    }
    let (Some(lead), Some(budget), Some(plan)) = (lead, budget, plan) else {
        return Err(e.into());
    };
    if !e.is_empty() {
        return Err(e.into());
    }
    let (start, end) = (plan.start.map(iso), plan.end.map(iso));
    let partners: Vec<(i64, String)> = input
        .partners
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let role = input.partner_roles.get(i).cloned().unwrap_or_default();
            (*p, role.trim().chars().take(120).collect())
        })
        .collect();
    let milestones: Vec<(String, String, i64)> = plan
        .milestones
        .into_iter()
        .map(|m| (m.title, iso(m.due_on), m.weight))
        .collect();
    let now = now_ms();
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    let assignment = Assignment {
        lead_organisation_id: lead,
        budget_rials: budget,
        planned_start: start.as_deref(),
        planned_end: end.as_deref(),
    };
    match store::assign(&mut tx, id, version, &assignment, now).await {
        Err(DbError::Conflict) => return Err(changed_meanwhile(row.version)),
        other => other?,
    }
    let mut places = input.neighbourhoods.clone();
    places.sort_unstable();
    places.dedup();
    let mut persons = input.people.clone();
    persons.sort_unstable();
    persons.dedup();
    store::set_links(&mut tx, id, &places, &partners, &persons).await?;
    project_progress::replace_milestones(&mut tx, id, &milestones).await?;
    let after = json!({
        "lead": lead, "budget_rials": budget, "start": start, "end": end,
        "partners": partners.iter().map(|(o, _)| o).collect::<Vec<_>>(),
        "milestones": milestones.len(),
        "before": { "lead": row.lead_organisation_id, "budget_rials": row.budget_rials },
    });
    audit::change(
        &mut tx,
        Some(actor.user_id),
        "project.assign",
        "project",
        id,
        after,
        now,
    )
    .await?;
    let event = LeadEvent {
        lead: Some(lead),
        kind: "project_assigned",
        detail: "",
        actor_id: actor.user_id,
        now,
    };
    tell_lead(db, &mut tx, &row, &event).await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(())
}

/// A stored ISO day as the Jalali text a person types.
fn typed_day(iso_day: Option<&str>) -> String {
    iso_day
        .and_then(crate::domain::directory_rules::parse_iso)
        .and_then(crate::domain::jalali::JalaliDate::from_gregorian)
        .map(|d| d.to_numeric())
        .unwrap_or_default()
}

/// The assignment form of a project (officials).
#[instrument(skip_all)]
pub async fn form(
    db: &Db,
    actor: &Actor,
    id: i64,
) -> Result<crate::model::projects::AssignmentForm, AppError> {
    use crate::server::directory::named;
    let row = found(db, id).await?;
    if !actor.is_staff() {
        return Err(AppError::Forbidden);
    }
    let to_named = |list: Vec<(i64, String)>| list.into_iter().map(named).collect::<Vec<_>>();
    let partners = store::partners_of(db.read(), &[id])
        .await?
        .into_iter()
        .map(|(_, o, _, role)| (o, role))
        .collect();
    let places = store::neighbourhoods_of(db.read(), &[id])
        .await?
        .into_iter()
        .map(|(_, n, _)| n)
        .collect();
    let chosen_people = store::people_of(db.read(), id)
        .await?
        .into_iter()
        .map(|(p, _)| p)
        .collect();
    let milestones = project_progress::milestones(db.read(), id)
        .await?
        .into_iter()
        .filter(|m| m.done_on.is_none())
        .map(|m| MilestoneText {
            title: m.title,
            due_on: typed_day(Some(&m.due_on)),
            weight: m.weight.to_string(),
        })
        .collect();
    Ok(crate::model::projects::AssignmentForm {
        project: named((row.id, row.title.clone())),
        version: row.version,
        agencies: to_named(
            organisations::verified_of_kind(db.read(), OrgKind::Agency.as_str()).await?,
        ),
        organisations: to_named(organisations::verified_of_kind(db.read(), "").await?),
        people: to_named(people::names(db.read()).await?),
        neighbourhoods: crate::server::directory::neighbourhood_choices(db).await?,
        lead: row.lead_organisation_id,
        budget_rials: row
            .budget_rials
            .map(|b| crate::domain::money::format_amount(b, false))
            .unwrap_or_default(),
        planned_start: typed_day(row.planned_start.as_deref()),
        planned_end: typed_day(row.planned_end.as_deref()),
        partners,
        chosen_people,
        chosen_neighbourhoods: places,
        milestones,
    })
}
