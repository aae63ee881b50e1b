use crate::api::AppError;
use crate::model::directory::CapacityForm;
use leptos::prelude::*;

/// The capacity form: a new one for `organisation_id`, or capacity `capacity_id` to edit.
#[server(endpoint = "capacity_options")]
pub async fn capacity_options(
    organisation_id: Option<i64>,
    capacity_id: Option<i64>,
) -> Result<CapacityForm, AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    let state = app_state()?;
    let me = signed_in().await?;
    crate::server::directory::capacity_forms::form(
        &state.db,
        &me.actor,
        organisation_id,
        capacity_id,
    )
    .await
}
