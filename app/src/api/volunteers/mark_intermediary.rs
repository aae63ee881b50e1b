use crate::api::AppError;
use leptos::prelude::*;

/// An official marks (`on` = "1") or unmarks an organisation as an intermediary institution.
#[server(endpoint = "mark_intermediary")]
pub async fn mark_intermediary(id: i64, #[server(default)] on: String) -> Result<(), AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    let state = app_state()?;
    let me = signed_in().await?;
    crate::server::volunteers::mark_intermediary(&state.db, &me.actor, id, on == "1").await?;
    leptos_axum::redirect(&format!("/organisations/{id}"));
    Ok(())
}
