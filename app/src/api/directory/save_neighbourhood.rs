use crate::api::AppError;
use leptos::prelude::*;

/// Adds a neighbourhood (`id` empty) or saves neighbourhood `id`; officials and admins only.
/// Numbers in any digits.
#[server(endpoint = "save_neighbourhood")]
pub async fn save_neighbourhood(
    #[server(default)] id: Option<i64>,
    #[server(default)] version: i64,
    name: String,
    city: String,
    county: String,
    district: String,
    population: String,
    households: String,
    area_hectares: String,
    latitude: String,
    longitude: String,
    #[server(default)] facilitation_office: String,
    problems_social: String,
    problems_economic: String,
    problems_physical: String,
    problems_environmental: String,
) -> Result<(), AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    use crate::server::directory::neighbourhood_forms::{create, update, NeighbourhoodInput};

    let state = app_state()?;
    let me = signed_in().await?;
    let input = NeighbourhoodInput {
        name,
        city,
        county,
        district,
        population,
        households,
        area_hectares,
        latitude,
        longitude,
        facilitation_office,
        problems: [
            problems_social,
            problems_economic,
            problems_physical,
            problems_environmental,
        ],
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
            ("city", &t.city),
            ("county", &t.county),
            ("district", &t.district),
            ("population", &t.population),
            ("households", &t.households),
            ("area_hectares", &t.area_hectares),
            ("latitude", &t.latitude),
            ("longitude", &t.longitude),
            ("facilitation_office", &t.facilitation_office),
            ("problems_social", &t.problems[0]),
            ("problems_economic", &t.problems[1]),
            ("problems_physical", &t.problems[2]),
            ("problems_environmental", &t.problems[3]),
        ])
    })?;
    leptos_axum::redirect(&format!("/neighbourhoods/{id}"));
    Ok(())
}
