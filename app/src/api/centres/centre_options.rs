use crate::api::AppError;
use crate::model::centres::CentreFormOptions;
use leptos::prelude::*;

/// What the new-centre form offers the caller (refused to those who may open none).
#[server(endpoint = "centre_options")]
pub async fn centre_options() -> Result<CentreFormOptions, AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    let state = app_state()?;
    let me = signed_in().await?;
    crate::server::centres::forms::form_options(&state.db, &me.actor).await
}
