use crate::api::AppError;
use leptos::prelude::*;

/// Adds a person (`id` empty) or saves person `id`; officials and admins only.
#[server(endpoint = "save_person")]
pub async fn save_person(
    #[server(default)] id: Option<i64>,
    #[server(default)] version: i64,
    name: String,
    #[server(default)] organisation: String,
    affiliation: String,
    expertise: String,
    phone: String,
    email: String,
    username: String,
) -> Result<(), AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    use crate::server::directory::people_forms::{create, update, PersonInput};

    let state = app_state()?;
    let me = signed_in().await?;
    let input = PersonInput {
        name,
        organisation,
        affiliation,
        expertise,
        phone,
        email,
        username,
    };
    let t = input.clone();
    let saved = match id {
        Some(id) => update(&state.db, &me.actor, id, version, input)
            .await
            .map(|_| id),
        None => create(&state.db, &me.actor, input).await,
    };
    let id = saved.map_err(|e| {
        e.keeping(&[
            ("name", &t.name),
            ("organisation", &t.organisation),
            ("affiliation", &t.affiliation),
            ("expertise", &t.expertise),
            ("phone", &t.phone),
            ("email", &t.email),
            ("username", &t.username),
        ])
    })?;
    leptos_axum::redirect(&format!("/people/{id}"));
    Ok(())
}
