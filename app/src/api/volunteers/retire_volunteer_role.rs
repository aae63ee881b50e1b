use crate::api::AppError;
use leptos::prelude::*;

/// An official retires a role (`retire` = 1) or offers it again (0).
#[server(endpoint = "retire_volunteer_role")]
pub async fn retire_volunteer_role(id: i64, retire: i64) -> Result<(), AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    let state = app_state()?;
    let me = signed_in().await?;
    crate::server::volunteers::reference::retire_role(&state.db, &me.actor, id, retire == 1)
        .await?;
    leptos_axum::redirect(&format!("/volunteers/reference#role-{id}"));
    Ok(())
}
