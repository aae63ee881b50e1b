use crate::api::AppError;
use leptos::prelude::*;

/// Adds a capacity to `organisation_id` (`id` empty) or saves capacity `id`, then returns to
/// the organisation's page. Neighbourhoods come as repeated `neighbourhoods[]`.
#[server(endpoint = "save_capacity")]
pub async fn save_capacity(
    #[server(default)] id: Option<i64>,
    organisation_id: i64,
    kind: String,
    quantity: String,
    unit: String,
    description: String,
    available_from: String,
    available_until: String,
    #[server(default)] neighbourhoods: Vec<i64>,
) -> Result<(), AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    use crate::server::directory::capacity_forms::{create, update, CapacityInput};

    let state = app_state()?;
    let me = signed_in().await?;
    let places = neighbourhoods
        .iter()
        .map(i64::to_string)
        .collect::<Vec<_>>()
        .join(",");
    let input = CapacityInput {
        kind,
        quantity,
        unit,
        description,
        available_from,
        available_until,
        neighbourhood_ids: neighbourhoods,
    };
    let t = input.clone();
    let saved = match id {
        Some(id) => update(&state.db, &me.actor, id, input).await,
        None => create(&state.db, &me.actor, organisation_id, input)
            .await
            .map(|_| organisation_id),
    };
    let organisation = saved.map_err(|e| {
        e.keeping(&[
            ("kind", &t.kind),
            ("quantity", &t.quantity),
            ("unit", &t.unit),
            ("description", &t.description),
            ("available_from", &t.available_from),
            ("available_until", &t.available_until),
            ("neighbourhoods", &places),
        ])
    })?;
    leptos_axum::redirect(&format!("/organisations/{organisation}#capacities-h"));
    Ok(())
}
