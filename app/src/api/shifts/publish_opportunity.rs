use crate::api::AppError;
use leptos::prelude::*;

/// Publishes an opportunity for an organisation the caller represents, at the centre where
/// its shifts take place; on to its page to add shifts.
#[server(endpoint = "publish_opportunity")]
pub async fn publish_opportunity(
    organisation_id: i64,
    #[server(default)] centre: String,
    #[server(default)] title: String,
    #[server(default)] role: String,
    #[server(default)] project: String,
    #[server(default)] description: String,
) -> Result<(), AppError> {
    use super::create_opportunity::published;
    use crate::server::auth::caller::{app_state, signed_in};
    use crate::server::shifts::publish::{publish_for, OpportunityInput};
    let state = app_state()?;
    let me = signed_in().await?;
    let input = OpportunityInput {
        title,
        role,
        project,
        description,
        centre,
    };
    let typed = input.clone();
    let outcome = publish_for(&state.db, &me.actor, organisation_id, input).await;
    published(outcome, &typed)
}
