use crate::api::AppError;
use leptos::prelude::*;

/// A centre or organisation publishes a local action with its goals; its page opens.
#[server(endpoint = "publish_action")]
pub async fn publish_action(
    #[server(default)] title: String,
    #[server(default)] kind: String,
    #[server(default)] host: String,
    #[server(default)] neighbourhood: String,
    #[server(default)] campaign: String,
    #[server(default)] held_on: String,
    #[server(default)] place: String,
    #[server(default)] summary: String,
    #[server(default)] goal_measures: Vec<String>,
    #[server(default)] goal_targets: Vec<String>,
    #[server(default)] goal_labels: Vec<String>,
) -> Result<(), AppError> {
    use crate::server::actions::publish::{publish, ActionInput};
    use crate::server::auth::caller::{app_state, signed_in};
    let state = app_state()?;
    let me = signed_in().await?;
    let input = ActionInput {
        title,
        kind,
        host,
        neighbourhood,
        campaign,
        held_on,
        place,
        summary,
        goal_measures,
        goal_targets,
        goal_labels,
    };
    match publish(&state.db, &me.actor, &input).await {
        Ok(id) => {
            leptos_axum::redirect(&format!("/actions/{id}"));
            Ok(())
        }
        Err(e) => {
            let measures = input.goal_measures.join(",");
            let targets = input.goal_targets.join("\u{1f}");
            let labels = input.goal_labels.join("\u{1f}");
            Err(e.keeping(&[
                ("title", &input.title),
                ("kind", &input.kind),
                ("host", &input.host),
                ("neighbourhood", &input.neighbourhood),
                ("campaign", &input.campaign),
                ("held_on", &input.held_on),
                ("place", &input.place),
                ("summary", &input.summary),
                ("goal_measures", &measures),
                ("goal_targets", &targets),
                ("goal_labels", &labels),
            ]))
        }
    }
}
