use crate::api::AppError;
use leptos::prelude::*;

/// Those who run an action invite a guest to it.
#[server(endpoint = "invite_guest")]
pub async fn invite_guest(
    id: i64,
    #[server(default)] guest_name: String,
    #[server(default)] guest_kind: String,
    #[server(default)] guest_organisation: String,
) -> Result<(), AppError> {
    use crate::server::actions::guests::{invite, GuestInput};
    use crate::server::auth::caller::{app_state, signed_in};
    let state = app_state()?;
    let me = signed_in().await?;
    let input = GuestInput {
        name: guest_name,
        kind: guest_kind,
        organisation: guest_organisation,
    };
    match invite(&state.db, &me.actor, id, &input).await {
        Ok(guest) => {
            leptos_axum::redirect(&format!("/actions/{id}#guest-{guest}"));
            Ok(())
        }
        Err(e) => Err(e.keeping(&[
            ("guest_name", &input.name),
            ("guest_kind", &input.kind),
            ("guest_organisation", &input.organisation),
        ])),
    }
}
