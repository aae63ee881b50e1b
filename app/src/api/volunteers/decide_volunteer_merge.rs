use crate::api::AppError;
use leptos::prelude::*;

/// The intermediary joins a profile to the account that asked (`join` = 1) or refuses with a
/// reason; back to its volunteers.
#[server(endpoint = "decide_volunteer_merge")]
pub async fn decide_volunteer_merge(
    id: i64,
    join: i64,
    #[server(default)] reason: String,
) -> Result<(), AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    let state = app_state()?;
    let me = signed_in().await?;
    match crate::server::volunteers::merges::decide(&state.db, &me.actor, id, join == 1, &reason)
        .await
    {
        Ok(()) => {
            leptos_axum::redirect("/volunteers#merges-h");
            Ok(())
        }
        Err(e) => Err(e.keeping(&[("reason", &reason), ("id", &id.to_string())])),
    }
}
