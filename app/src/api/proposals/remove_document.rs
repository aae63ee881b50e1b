use crate::api::AppError;
use leptos::prelude::*;

/// Removes a supporting document from a proposal the caller is editing.
#[server(endpoint = "remove_document")]
pub async fn remove_document(id: i64) -> Result<(), AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    let state = app_state()?;
    let me = signed_in().await?;
    let files = &state.settings.files_dir;
    let proposal =
        crate::server::proposals::documents::remove(&state.db, files, &me.actor, id).await?;
    leptos_axum::redirect(&format!("/proposals/{proposal}#documents-h"));
    Ok(())
}
