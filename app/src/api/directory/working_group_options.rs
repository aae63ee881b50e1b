use crate::api::AppError;
use crate::model::directory::WorkingGroupForm;
use leptos::prelude::*;

/// What the working-group form offers: for a new group of `committee_id`, or to edit
/// `working_group_id`. Officials and the committee's chair or secretary only.
#[server(endpoint = "working_group_options")]
pub async fn working_group_options(
    committee_id: Option<i64>,
    working_group_id: Option<i64>,
) -> Result<WorkingGroupForm, AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    use crate::server::directory::working_group_forms::form;

    let state = app_state()?;
    let me = signed_in().await?;
    form(&state.db, &me.actor, committee_id, working_group_id).await
}
