use crate::api::AppError;
use crate::model::scores::ScoresPage;
use leptos::prelude::*;

/// A campaign's ranking by its indicators (public); officials also get what they review.
#[server(endpoint = "get_campaign_scores")]
pub async fn get_campaign_scores(id: i64) -> Result<ScoresPage, AppError> {
    use crate::server::auth::caller::{app_state, caller};
    let state = app_state()?;
    let me = caller().await?;
    crate::server::actions::scores::page(&state.db, me.as_ref().map(|c| &c.actor), id).await
}
