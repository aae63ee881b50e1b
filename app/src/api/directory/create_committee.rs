use crate::api::AppError;
use leptos::prelude::*;

/// Creates a committee (officials and admins) and opens its page.
#[server(endpoint = "create_committee")]
pub async fn create_committee(
    name: String,
    dimension: String,
    mandate: String,
) -> Result<(), AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    use crate::server::directory::committees::{create, CommitteeInput};

    let state = app_state()?;
    let me = signed_in().await?;
    let input = CommitteeInput {
        name: name.clone(),
        dimension: dimension.clone(),
        mandate: mandate.clone(),
    };
    match create(&state.db, &me.actor, input).await {
        Ok(id) => {
            leptos_axum::redirect(&format!("/committees/{id}"));
            Ok(())
        }
        Err(AppError::Invalid(mut errors)) => {
            errors.keep("name", &name);
            errors.keep("dimension", &dimension);
            errors.keep("mandate", &mandate);
            Err(AppError::Invalid(errors))
        }
        Err(other) => Err(other),
    }
}
