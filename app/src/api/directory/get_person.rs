use crate::api::AppError;
use crate::model::directory::PersonDetail;
use leptos::prelude::*;

/// A person's public profile; contact details only for those entitled to them.
#[server(endpoint = "get_person")]
pub async fn get_person(id: i64) -> Result<PersonDetail, AppError> {
    use crate::server::auth::caller::{app_state, caller};
    let state = app_state()?;
    let actor = caller().await?.map(|c| c.actor);
    crate::server::directory::people::detail(&state.db, actor.as_ref(), id).await
}
