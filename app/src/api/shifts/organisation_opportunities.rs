use crate::api::AppError;
use crate::model::shifts::PublishedOpportunities;
use leptos::prelude::*;

/// The opportunities an organisation published (public), and for its representatives what
/// its publish form offers.
#[server(endpoint = "organisation_opportunities")]
pub async fn organisation_opportunities(
    organisation_id: i64,
) -> Result<PublishedOpportunities, AppError> {
    use crate::server::auth::caller::{app_state, caller};
    let state = app_state()?;
    let me = caller().await?;
    crate::server::shifts::of_organisation(
        &state.db,
        me.as_ref().map(|m| &m.actor),
        organisation_id,
    )
    .await
}
