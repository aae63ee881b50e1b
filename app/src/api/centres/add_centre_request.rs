use crate::api::AppError;
use leptos::prelude::*;

/// Publishes a request of a centre the caller manages; back to the centre's page.
#[server(endpoint = "add_centre_request")]
pub async fn add_centre_request(
    centre_id: i64,
    #[server(default)] role: String,
    #[server(default)] places: String,
    #[server(default)] needed: Vec<String>,
    #[server(default)] starts_on: String,
    #[server(default)] ends_on: String,
    #[server(default)] note: String,
) -> Result<(), AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    use crate::server::centres::forms::{add_request, RequestInput};
    let state = app_state()?;
    let me = signed_in().await?;
    let input = RequestInput {
        role,
        places,
        needed,
        starts_on,
        ends_on,
        note,
    };
    let typed = input.clone();
    match add_request(&state.db, &me.actor, centre_id, input).await {
        Ok(_) => {
            leptos_axum::redirect(&format!("/centres/{centre_id}#requests-h"));
            Ok(())
        }
        Err(e) => Err(e.keeping(&[
            ("role", &typed.role),
            ("places", &typed.places),
            ("availability", &typed.needed.join(",")),
            ("starts_on", &typed.starts_on),
            ("ends_on", &typed.ends_on),
            ("note", &typed.note),
        ])),
    }
}
