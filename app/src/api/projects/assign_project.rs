use crate::api::AppError;
use leptos::prelude::*;

/// Saves a project's assignment (officials). Lists come as repeated `name[]` fields; each
/// partner has its role and each milestone its title, due day and weight at the same position.
#[server(endpoint = "assign_project")]
pub async fn assign_project(
    id: i64,
    version: i64,
    lead: String,
    budget_rials: String,
    planned_start: String,
    planned_end: String,
    #[server(default)] partners: Vec<i64>,
    #[server(default)] partner_roles: Vec<String>,
    #[server(default)] people: Vec<i64>,
    #[server(default)] neighbourhoods: Vec<i64>,
    #[server(default)] milestone_titles: Vec<String>,
    #[server(default)] milestone_dues: Vec<String>,
    #[server(default)] milestone_weights: Vec<String>,
) -> Result<(), AppError> {
    use crate::domain::project_rules::MilestoneText;
    use crate::server::auth::caller::{app_state, signed_in};
    use crate::server::projects::assignment::{assign, AssignmentInput};

    let state = app_state()?;
    let me = signed_in().await?;
    let milestones = milestone_titles
        .iter()
        .enumerate()
        .map(|(i, title)| MilestoneText {
            title: title.clone(),
            due_on: milestone_dues.get(i).cloned().unwrap_or_default(),
            weight: milestone_weights.get(i).cloned().unwrap_or_default(),
        })
        .collect::<Vec<_>>();
    // Empty partner rows send 0: keep the chosen ones with their roles.
    let (partners, partner_roles): (Vec<i64>, Vec<String>) = partners
        .into_iter()
        .enumerate()
        .filter(|(_, p)| *p > 0)
        .map(|(i, p)| (p, partner_roles.get(i).cloned().unwrap_or_default()))
        .unzip();
    let input = AssignmentInput {
        lead: lead.clone(),
        budget_rials: budget_rials.clone(),
        planned_start: planned_start.clone(),
        planned_end: planned_end.clone(),
        partners,
        partner_roles,
        people,
        neighbourhoods,
        milestones: milestones.clone(),
    };
    assign(&state.db, &me.actor, id, version, input)
        .await
        .map_err(|e| {
            let mut kept = vec![
                ("lead".to_string(), lead.clone()),
                ("budget_rials".to_string(), budget_rials.clone()),
                ("planned_start".to_string(), planned_start.clone()),
                ("planned_end".to_string(), planned_end.clone()),
            ];
            for (i, m) in milestones.iter().enumerate() {
                kept.push((format!("milestone_title_{i}"), m.title.clone()));
                kept.push((format!("milestone_due_{i}"), m.due_on.clone()));
                kept.push((format!("milestone_weight_{i}"), m.weight.clone()));
            }
            let pairs: Vec<(&str, &str)> =
                kept.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
            e.keeping(&pairs)
        })?;
    leptos_axum::redirect(&format!("/projects/{id}"));
    Ok(())
}
