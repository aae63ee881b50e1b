use crate::api::AppError;
use leptos::prelude::*;

/// The centre approves (`decision` = `approve`) or rejects (`reject`, with a reason) a day a
/// volunteer reported; back to the centre's page.
#[server(endpoint = "decide_hours")]
pub async fn decide_hours(
    id: i64,
    version: i64,
    decision: String,
    #[server(default)] reason: String,
) -> Result<(), AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    let state = app_state()?;
    let me = signed_in().await?;
    let approve = match decision.as_str() {
        "approve" => true,
        "reject" => false,
        _ => return Err(AppError::BadRequest),
    };
    let decided =
        crate::server::service::hours::decide(&state.db, &me.actor, id, version, approve, &reason)
            .await;
    match decided {
        Ok(centre) => {
            leptos_axum::redirect(&format!("/centres/{centre}#hours-h"));
            Ok(())
        }
        Err(e) => Err(e.keeping(&[("reason", &reason), ("id", &id.to_string())])),
    }
}
