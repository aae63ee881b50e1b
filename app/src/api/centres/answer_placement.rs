use crate::api::AppError;
use leptos::prelude::*;

/// The centre accepts (`decision` = `accept`) or declines (`decline`, with a reason) a
/// volunteer proposed to it; back to the centre's page.
#[server(endpoint = "answer_placement")]
pub async fn answer_placement(
    id: i64,
    decision: String,
    #[server(default)] reason: String,
) -> Result<(), AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    let state = app_state()?;
    let me = signed_in().await?;
    let accept = match decision.as_str() {
        "accept" => true,
        "decline" => false,
        _ => return Err(AppError::BadRequest),
    };
    let answered =
        crate::server::centres::placements::answer(&state.db, &me.actor, id, accept, &reason).await;
    match answered {
        Ok(centre) => {
            leptos_axum::redirect(&format!("/centres/{centre}#placements-h"));
            Ok(())
        }
        Err(e) => Err(e.keeping(&[("reason", &reason), ("id", &id.to_string())])),
    }
}
