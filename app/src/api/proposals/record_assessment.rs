use crate::api::AppError;
use leptos::prelude::*;

/// Records a needs assessment, then shows its neighbourhood. Needs come in rank order as
/// repeated `needs[]`, each with its `need_dimensions[]`.
#[server(endpoint = "record_assessment")]
pub async fn record_assessment(
    organisation_id: i64,
    neighbourhood_id: i64,
    assessed_on: String,
    method: String,
    households: String,
    findings: String,
    #[server(default)] needs: Vec<String>,
    #[server(default)] need_dimensions: Vec<String>,
) -> Result<(), AppError> {
    use crate::domain::assessment_rules::AssessmentText;
    use crate::server::auth::caller::{app_state, signed_in};

    let state = app_state()?;
    let me = signed_in().await?;
    let input = AssessmentText {
        assessed_on: assessed_on.clone(),
        method: method.clone(),
        households: households.clone(),
        findings: findings.clone(),
        needs: needs.clone(),
        need_dimensions: need_dimensions.clone(),
    };
    crate::server::assessments::record(
        &state.db,
        &me.actor,
        organisation_id,
        neighbourhood_id,
        input,
    )
    .await
    .map_err(|e| {
        let mut kept = vec![
            ("assessed_on".to_string(), assessed_on.clone()),
            ("method".to_string(), method.clone()),
            ("households".to_string(), households.clone()),
            ("findings".to_string(), findings.clone()),
            ("neighbourhood_id".to_string(), neighbourhood_id.to_string()),
        ];
        for (i, (need, dim)) in needs.iter().zip(need_dimensions.iter()).enumerate() {
            kept.push((format!("need_{i}"), need.clone()));
            kept.push((format!("need_dimension_{i}"), dim.clone()));
        }
        let pairs: Vec<(&str, &str)> = kept.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        e.keeping(&pairs)
    })?;
    leptos_axum::redirect(&format!("/neighbourhoods/{neighbourhood_id}#assessments-h"));
    Ok(())
}
