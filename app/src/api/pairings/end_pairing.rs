use crate::api::AppError;
use leptos::prelude::*;

/// An official marks an active pairing completed or ended, with how it went.
#[server(endpoint = "end_pairing")]
pub async fn end_pairing(
    id: i64,
    #[server(default)] state: String,
    #[server(default)] outcome: String,
) -> Result<(), AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    let app = app_state()?;
    let me = signed_in().await?;
    match crate::server::pairings::end(&app.db, &me.actor, id, &state, &outcome).await {
        Ok(()) => {
            leptos_axum::redirect(&format!("/pairings#pairing-{id}"));
            Ok(())
        }
        Err(e) => Err(e.keeping(&[
            ("id", &id.to_string()),
            ("state", &state),
            ("outcome", &outcome),
        ])),
    }
}
