use crate::api::AppError;
use leptos::prelude::*;

/// Adds a neighbourhood (officials and admins); numbers in any digits.
#[server(endpoint = "create_neighbourhood")]
pub async fn create_neighbourhood(
    name: String,
    city: String,
    county: String,
    district: String,
    population: String,
    households: String,
    area_hectares: String,
    latitude: String,
    longitude: String,
    problems_social: String,
    problems_economic: String,
    problems_physical: String,
    problems_environmental: String,
) -> Result<(), AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    use crate::server::directory::neighbourhoods::{create, NeighbourhoodInput};

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
        facilitation_office_id: None,
        problems: [
            problems_social,
            problems_economic,
            problems_physical,
            problems_environmental,
        ],
    };
    let typed = input.clone();
    match create(&state.db, &me.actor, input).await {
        Ok(id) => {
            leptos_axum::redirect(&format!("/neighbourhoods/{id}"));
            Ok(())
        }
        Err(AppError::Invalid(mut errors)) => {
            for (field, value) in [
                ("name", &typed.name),
                ("city", &typed.city),
                ("county", &typed.county),
                ("district", &typed.district),
                ("population", &typed.population),
                ("households", &typed.households),
                ("area_hectares", &typed.area_hectares),
                ("latitude", &typed.latitude),
                ("longitude", &typed.longitude),
                ("problems_social", &typed.problems[0]),
                ("problems_economic", &typed.problems[1]),
                ("problems_physical", &typed.problems[2]),
                ("problems_environmental", &typed.problems[3]),
            ] {
                errors.keep(field, value);
            }
            Err(AppError::Invalid(errors))
        }
        Err(other) => Err(other),
    }
}
