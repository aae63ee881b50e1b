use crate::api::AppError;
use leptos::prelude::*;

/// A centre's manager writes its self-assessment on an assessed indicator.
#[server(endpoint = "submit_assessment")]
pub async fn submit_assessment(
    campaign: i64,
    centre: i64,
    #[server(default)] indicator: String,
    #[server(default)] statement: String,
    #[server(default)] evidence: String,
) -> Result<(), AppError> {
    use crate::server::actions::score_admin::{submit_assessment, AssessmentInput};
    use crate::server::auth::caller::{app_state, signed_in};
    let state = app_state()?;
    let me = signed_in().await?;
    let input = AssessmentInput {
        indicator,
        statement,
        evidence,
    };
    match submit_assessment(&state.db, &me.actor, campaign, centre, &input).await {
        Ok(()) => {
            leptos_axum::redirect(&format!(
                "/campaigns/{campaign}/centres/{centre}#assessments-h"
            ));
            Ok(())
        }
        Err(e) => Err(e.keeping(&[
            ("indicator", &input.indicator),
            ("statement", &input.statement),
            ("evidence", &input.evidence),
        ])),
    }
}
