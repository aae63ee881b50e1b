use crate::api::AppError;
use leptos::prelude::*;

/// An official adds a role to the list volunteers choose from; back to the list, at it.
#[server(endpoint = "add_volunteer_role")]
pub async fn add_volunteer_role(#[server(default)] name: String) -> Result<(), AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    let state = app_state()?;
    let me = signed_in().await?;
    match crate::server::volunteers::reference::add_role(&state.db, &me.actor, &name).await {
        Ok(id) => {
            leptos_axum::redirect(&format!("/volunteers/reference#role-{id}"));
            Ok(())
        }
        Err(e) => Err(e.keeping(&[("name", &name)])),
    }
}
