use crate::api::AppError;
use leptos::prelude::*;

/// Saves an edited committee (officials and admins) and returns to its page.
#[server(endpoint = "update_committee")]
pub async fn update_committee(
    id: i64,
    version: i64,
    name: String,
    dimension: String,
    mandate: String,
    status: String,
) -> Result<(), AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    use crate::server::directory::committees::{update, CommitteeInput};

    let state = app_state()?;
    let me = signed_in().await?;
    let input = CommitteeInput {
        name: name.clone(),
        dimension: dimension.clone(),
        mandate: mandate.clone(),
    };
    update(&state.db, &me.actor, id, version, input, &status)
        .await
        .map_err(|e| {
            e.keeping(&[
                ("name", &name),
                ("dimension", &dimension),
                ("mandate", &mandate),
                ("status", &status),
            ])
        })?;
    leptos_axum::redirect(&format!("/committees/{id}"));
    Ok(())
}
