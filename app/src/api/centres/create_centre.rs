use crate::api::AppError;
use leptos::prelude::*;

/// Opens a centre; its page opens.
#[server(endpoint = "create_centre")]
pub async fn create_centre(
    name: String,
    kind: String,
    #[server(default)] neighbourhood: String,
    #[server(default)] organisation: String,
    #[server(default)] manager: String,
    #[server(default)] address: String,
    #[server(default)] latitude: String,
    #[server(default)] longitude: String,
) -> Result<(), AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    use crate::server::centres::forms::{create, CentreInput};
    let state = app_state()?;
    let me = signed_in().await?;
    let input = CentreInput {
        name,
        kind,
        neighbourhood,
        organisation,
        manager,
        address,
        latitude,
        longitude,
    };
    let typed = input.clone();
    match create(&state.db, &me.actor, input).await {
        Ok(id) => {
            leptos_axum::redirect(&format!("/centres/{id}"));
            Ok(())
        }
        Err(e) => Err(e.keeping(&[
            ("name", &typed.name),
            ("kind", &typed.kind),
            ("neighbourhood", &typed.neighbourhood),
            ("organisation", &typed.organisation),
            ("manager", &typed.manager),
            ("address", &typed.address),
            ("latitude", &typed.latitude),
            ("longitude", &typed.longitude),
        ])),
    }
}
