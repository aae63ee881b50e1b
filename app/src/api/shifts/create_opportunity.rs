use crate::api::AppError;
use leptos::prelude::*;

/// Publishes an opportunity at a centre the caller runs; on to its page to add shifts.
#[server(endpoint = "create_opportunity")]
pub async fn create_opportunity(
    centre_id: i64,
    #[server(default)] title: String,
    #[server(default)] role: String,
    #[server(default)] project: String,
    #[server(default)] description: String,
) -> Result<(), AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    use crate::server::shifts::publish::{create, OpportunityInput};
    let state = app_state()?;
    let me = signed_in().await?;
    let input = OpportunityInput {
        title,
        role,
        project,
        description,
        centre: String::new(),
    };
    let typed = input.clone();
    published(create(&state.db, &me.actor, centre_id, input).await, &typed)
}

/// On to a published opportunity's page to add shifts; or back with what was typed.
#[cfg(feature = "ssr")]
pub(super) fn published(
    outcome: Result<i64, AppError>,
    typed: &crate::server::shifts::publish::OpportunityInput,
) -> Result<(), AppError> {
    match outcome {
        Ok(id) => {
            leptos_axum::redirect(&format!("/opportunities/{id}#shift-form-h"));
            Ok(())
        }
        Err(e) => Err(e.keeping(&[
            ("centre", &typed.centre),
            ("title", &typed.title),
            ("role", &typed.role),
            ("project", &typed.project),
            ("description", &typed.description),
        ])),
    }
}
