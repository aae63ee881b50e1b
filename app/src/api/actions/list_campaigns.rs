use crate::api::AppError;
use crate::model::actions::CampaignList;
use leptos::prelude::*;

/// Every campaign with its figures; officials also get what starting one needs.
#[server(endpoint = "list_campaigns")]
pub async fn list_campaigns() -> Result<CampaignList, AppError> {
    use crate::server::auth::caller::{app_state, caller};
    let state = app_state()?;
    let me = caller().await?;
    crate::server::actions::campaigns::list(&state.db, me.as_ref().map(|c| &c.actor)).await
}
