use crate::api::AppError;
use leptos::prelude::*;

/// Adds a comment to a proposal's discussion.
#[server(endpoint = "add_comment")]
pub async fn add_comment(id: i64, body: String) -> Result<(), AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    let state = app_state()?;
    let me = signed_in().await?;
    crate::server::proposals::comments::add_comment(&state.db, &me.actor, id, &body)
        .await
        .map_err(|e| e.keeping(&[("body", &body)]))?;
    leptos_axum::redirect(&format!("/proposals/{id}#comments-h"));
    Ok(())
}
