use crate::api::AppError;
use leptos::prelude::*;

/// Saves a proposal as a draft (`then` = `draft`) or, only when complete, to attach documents
/// and send it next (`then` = `continue`), then opens its page. A new one has no `id`; an existing one carries the `version`
/// it was opened at. Lists come as repeated `name[]` values.
#[server(endpoint = "save_proposal")]
pub async fn save_proposal(
    #[server(default)] id: Option<i64>,
    #[server(default)] organisation_id: Option<i64>,
    #[server(default)] version: Option<i64>,
    title: String,
    summary: String,
    dimension: String,
    objectives: String,
    beneficiaries: String,
    #[server(default)] groups: Vec<String>,
    activities: String,
    duration_months: String,
    budget_rials: String,
    #[server(default)] neighbourhoods: Vec<i64>,
    #[server(default)] partners: Vec<i64>,
    #[server(default)] assessment_id: String,
    #[server(default)] then: String,
) -> Result<(), AppError> {
    use super::joined;
    use crate::domain::proposal_rules::ProposalText;
    use crate::server::auth::caller::{app_state, signed_in};
    use crate::server::proposals::forms::{save, Target};

    let state = app_state()?;
    let me = signed_in().await?;
    let text = ProposalText {
        title,
        summary,
        dimension,
        objectives,
        beneficiaries,
        groups,
        activities,
        duration_months,
        budget_rials,
        neighbourhood_ids: neighbourhoods,
        partner_ids: partners,
        assessment_id: assessment_id.trim().parse().ok(),
    };
    let t = text.clone();
    let target = match (id, version) {
        (Some(id), Some(version)) => Target::Existing { id, version },
        (Some(_), None) => return Err(AppError::BadRequest),
        (None, _) => Target::New {
            organisation_id: organisation_id.unwrap_or_default(),
        },
    };
    // "continue" saves only a complete proposal and leads to its page, where the documents are
    // attached and the proposal is sent; a draft may be saved at any point.
    let complete = then == "continue";
    let saved = save(&state.db, &me.actor, target, text, complete).await;
    let id = saved.map_err(|e| {
        e.keeping(&[
            ("title", &t.title),
            ("summary", &t.summary),
            ("dimension", &t.dimension),
            ("objectives", &t.objectives),
            ("beneficiaries", &t.beneficiaries),
            ("groups", &t.groups.join(",")),
            ("activities", &t.activities),
            ("duration_months", &t.duration_months),
            ("budget_rials", &t.budget_rials),
            ("neighbourhoods", &joined(&t.neighbourhood_ids)),
            ("partners", &joined(&t.partner_ids)),
            ("assessment_id", &assessment_id_text(t.assessment_id)),
            (
                "organisation_id",
                &organisation_id.map(|o| o.to_string()).unwrap_or_default(),
            ),
        ])
    })?;
    if complete {
        leptos_axum::redirect(&format!("/proposals/{id}#move-h"));
    } else {
        leptos_axum::redirect(&format!("/proposals/{id}"));
    }
    Ok(())
}

#[cfg(feature = "ssr")]
fn assessment_id_text(id: Option<i64>) -> String {
    id.map(|a| a.to_string()).unwrap_or_default()
}
