use crate::api::AppError;
use crate::model::service::ServiceRecord;
use leptos::prelude::*;

/// The caller's own service record (`None` when they have not registered as a volunteer).
#[server(endpoint = "get_my_service")]
pub async fn get_my_service() -> Result<Option<ServiceRecord>, AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    let state = app_state()?;
    let me = signed_in().await?;
    crate::server::service::mine(&state.db, &me.actor).await
}
