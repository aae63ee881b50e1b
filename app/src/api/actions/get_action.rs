use crate::api::AppError;
use crate::model::actions::ActionDetail;
use leptos::prelude::*;

/// A local action's page: public; those who run it may close it.
#[server(endpoint = "get_action")]
pub async fn get_action(id: i64) -> Result<ActionDetail, AppError> {
    use crate::server::auth::caller::{app_state, caller};
    let state = app_state()?;
    let me = caller().await?;
    crate::server::actions::detail(&state.db, me.as_ref().map(|c| &c.actor), id).await
}
