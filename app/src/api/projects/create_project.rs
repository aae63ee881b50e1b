use crate::api::AppError;
use leptos::prelude::*;

/// Defines a project straight from a committee's decision (officials), then opens its
/// assignment form.
#[server(endpoint = "create_project")]
pub async fn create_project(
    committee_id: String,
    title: String,
    decision: String,
) -> Result<(), AppError> {
    use crate::domain::digits::parse_number;
    use crate::server::auth::caller::{app_state, signed_in};
    let state = app_state()?;
    let me = signed_in().await?;
    let committee = parse_number(&committee_id).unwrap_or(-1);
    let id = crate::server::projects::creation::from_decision(
        &state.db, &me.actor, committee, &title, &decision,
    )
    .await
    .map_err(|e| {
        e.keeping(&[
            ("committee_id", &committee_id),
            ("title", &title),
            ("decision", &decision),
        ])
    })?;
    leptos_axum::redirect(&format!("/projects/{id}/assign"));
    Ok(())
}
