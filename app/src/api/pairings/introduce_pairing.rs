use crate::api::AppError;
use leptos::prelude::*;

/// An official introduces a mentor organisation to a mentee, with what is offered and the
/// goals.
#[server(endpoint = "introduce_pairing")]
pub async fn introduce_pairing(
    #[server(default)] mentor: String,
    #[server(default)] mentee: String,
    #[server(default)] offered: String,
    #[server(default)] goals: String,
    #[server(default)] starts_on: String,
) -> Result<(), AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    use crate::server::pairings::{introduce, PairingInput};
    let state = app_state()?;
    let me = signed_in().await?;
    let input = PairingInput {
        mentor,
        mentee,
        offered,
        goals,
        starts_on,
    };
    match introduce(&state.db, &me.actor, &input).await {
        Ok(id) => {
            leptos_axum::redirect(&format!("/pairings#pairing-{id}"));
            Ok(())
        }
        Err(e) => Err(e.keeping(&[
            ("mentor", &input.mentor),
            ("mentee", &input.mentee),
            ("offered", &input.offered),
            ("goals", &input.goals),
            ("starts_on", &input.starts_on),
        ])),
    }
}
