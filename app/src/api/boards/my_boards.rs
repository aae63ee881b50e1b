use crate::api::AppError;
use crate::model::boards::BoardLink;
use leptos::prelude::*;

/// The boards the caller may open.
#[server(endpoint = "my_boards")]
pub async fn my_boards() -> Result<Vec<BoardLink>, AppError> {
    use crate::server::auth::caller::{app_state, caller};
    let state = app_state()?;
    let me = caller().await?;
    crate::server::boards::mine::my_boards(&state.db, me.as_ref().map(|c| &c.actor)).await
}
