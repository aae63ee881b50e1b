use crate::api::AppError;
use crate::model::centres::CentreDetail;
use leptos::prelude::*;

/// A centre's page: public, with more for those who manage it.
#[server(endpoint = "get_centre")]
pub async fn get_centre(id: i64) -> Result<CentreDetail, AppError> {
    use crate::server::auth::caller::{app_state, caller};
    let state = app_state()?;
    let me = caller().await?;
    crate::server::centres::detail(&state.db, me.as_ref().map(|c| &c.actor), id).await
}
