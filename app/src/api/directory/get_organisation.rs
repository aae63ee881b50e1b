use crate::api::AppError;
use crate::model::directory::OrganisationDetail;
use leptos::prelude::*;

/// One organisation's page; unverified ones only for officials and its representatives.
#[server(endpoint = "get_organisation")]
pub async fn get_organisation(id: i64) -> Result<OrganisationDetail, AppError> {
    use crate::server::auth::caller::{app_state, caller};
    let state = app_state()?;
    let actor = caller().await?.map(|c| c.actor);
    crate::server::directory::organisations::detail(&state.db, actor.as_ref(), id).await
}
