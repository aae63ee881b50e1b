use crate::api::AppError;
use crate::model::directory::CommitteeDetail;
use leptos::prelude::*;

/// One committee's page (public; its change history only for officials).
#[server(endpoint = "get_committee")]
pub async fn get_committee(id: i64) -> Result<CommitteeDetail, AppError> {
    use crate::server::auth::caller::{app_state, caller};
    let state = app_state()?;
    let actor = caller().await?.map(|c| c.actor);
    crate::server::directory::committees::detail(&state.db, actor.as_ref(), id).await
}
