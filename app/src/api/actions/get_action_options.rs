use crate::api::AppError;
use crate::model::actions::ActionFormOptions;
use leptos::prelude::*;

/// What the new-action form offers the caller (refused to those who run nothing).
#[server(endpoint = "get_action_options")]
pub async fn get_action_options() -> Result<ActionFormOptions, AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    let state = app_state()?;
    let me = signed_in().await?;
    crate::server::actions::publish::form_options(&state.db, &me.actor).await
}
