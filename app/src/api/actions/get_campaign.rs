use crate::api::AppError;
use crate::model::actions::CampaignDetail;
use leptos::prelude::*;

/// A campaign's public page: its goals, figures and a page of its actions.
#[server(endpoint = "get_campaign")]
pub async fn get_campaign(id: i64, page: i64) -> Result<CampaignDetail, AppError> {
    use crate::server::auth::caller::{app_state, caller};
    let state = app_state()?;
    let me = caller().await?;
    crate::server::actions::campaigns::detail(&state.db, me.as_ref().map(|c| &c.actor), id, page)
        .await
}
