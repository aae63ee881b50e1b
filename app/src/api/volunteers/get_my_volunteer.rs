use crate::api::AppError;
use crate::model::volunteers::VolunteerView;
use leptos::prelude::*;

/// The caller's own volunteer profile (`None` until they register).
#[server(endpoint = "get_my_volunteer")]
pub async fn get_my_volunteer() -> Result<Option<VolunteerView>, AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    let state = app_state()?;
    let me = signed_in().await?;
    crate::server::volunteers::mine(&state.db, &me.actor).await
}
