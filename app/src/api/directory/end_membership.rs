use crate::api::AppError;
use leptos::prelude::*;

/// Ends a committee seat on a day (Jalali; empty for today); officials and admins only.
#[server(endpoint = "end_membership")]
pub async fn end_membership(membership_id: i64, until: String) -> Result<(), AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    use crate::server::directory::memberships;

    let state = app_state()?;
    let me = signed_in().await?;
    let committee_id = memberships::end_membership(&state.db, &me.actor, membership_id, &until)
        .await
        .map_err(|e| {
            e.keeping(&[
                ("until", &until),
                ("membership_id", &membership_id.to_string()),
            ])
        })?;
    leptos_axum::redirect(&format!("/committees/{committee_id}#members-h"));
    Ok(())
}
