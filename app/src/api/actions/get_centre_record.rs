use crate::api::AppError;
use crate::model::scores::CentreRecord;
use leptos::prelude::*;

/// The evidence behind a centre's score in a campaign (public).
#[server(endpoint = "get_centre_record")]
pub async fn get_centre_record(campaign: i64, centre: i64) -> Result<CentreRecord, AppError> {
    use crate::server::auth::caller::{app_state, caller};
    let state = app_state()?;
    let me = caller().await?;
    let actor = me.as_ref().map(|c| &c.actor);
    crate::server::actions::scores::centre_record(&state.db, actor, campaign, centre).await
}
