use crate::api::AppError;
use leptos::prelude::*;

/// An official adds a registration drive with the code its posters carry.
#[server(endpoint = "add_volunteer_drive")]
pub async fn add_volunteer_drive(
    #[server(default)] code: String,
    #[server(default)] name: String,
    #[server(default)] starts_on: String,
    #[server(default)] ends_on: String,
) -> Result<(), AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    use crate::server::volunteers::reference::{add_drive, DriveInput};
    let state = app_state()?;
    let me = signed_in().await?;
    let input = DriveInput {
        code,
        name,
        starts_on,
        ends_on,
    };
    match add_drive(&state.db, &me.actor, &input).await {
        Ok(id) => {
            leptos_axum::redirect(&format!("/volunteers/reference#drive-{id}"));
            Ok(())
        }
        Err(e) => Err(e.keeping(&[
            ("code", &input.code),
            ("name", &input.name),
            ("starts_on", &input.starts_on),
            ("ends_on", &input.ends_on),
        ])),
    }
}
