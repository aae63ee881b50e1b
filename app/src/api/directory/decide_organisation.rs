use crate::api::AppError;
use leptos::prelude::*;

/// An official verifies (`decision` = `verify`) or rejects (`reject`, with a reason) an
/// organisation.
#[server(endpoint = "decide_organisation")]
pub async fn decide_organisation(
    id: i64,
    decision: String,
    reason: String,
) -> Result<(), AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    use crate::server::directory::organisations::decide;

    let state = app_state()?;
    let me = signed_in().await?;
    let verify = match decision.as_str() {
        "verify" => true,
        "reject" => false,
        _ => return Err(AppError::BadRequest),
    };
    match decide(&state.db, &me.actor, id, verify, &reason).await {
        Ok(()) => {
            leptos_axum::redirect(&format!("/organisations/{id}"));
            Ok(())
        }
        Err(AppError::Invalid(mut errors)) => {
            errors.keep("reason", &reason);
            Err(AppError::Invalid(errors))
        }
        Err(other) => Err(other),
    }
}
