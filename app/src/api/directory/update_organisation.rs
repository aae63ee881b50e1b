use crate::api::AppError;
use leptos::prelude::*;

/// Saves an organisation's edited profile (its representatives and officials); neighbourhoods
/// come as repeated `neighbourhoods[]`, dimensions as one checkbox each.
#[server(endpoint = "update_organisation")]
pub async fn update_organisation(
    id: i64,
    version: i64,
    name: String,
    registration_no: String,
    dim_social: Option<String>,
    dim_economic: Option<String>,
    dim_physical: Option<String>,
    dim_environmental: Option<String>,
    address: String,
    phone: String,
    email: String,
    website: String,
    description: String,
    #[server(default)] neighbourhoods: Vec<i64>,
) -> Result<(), AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    use crate::server::directory::organisation_forms::{update, OrganisationInput};

    let state = app_state()?;
    let me = signed_in().await?;
    let dimensions =
        super::ticked_dimensions([dim_social, dim_economic, dim_physical, dim_environmental]);
    let places = neighbourhoods
        .iter()
        .map(i64::to_string)
        .collect::<Vec<_>>()
        .join(",");
    let input = OrganisationInput {
        kind: String::new(),
        name,
        registration_no,
        dimensions,
        address,
        phone,
        email,
        website,
        description,
        neighbourhood_ids: neighbourhoods,
    };
    let t = input.clone();
    update(&state.db, &me.actor, id, version, input)
        .await
        .map_err(|e| {
            e.keeping(&[
                ("name", &t.name),
                ("registration_no", &t.registration_no),
                ("address", &t.address),
                ("phone", &t.phone),
                ("email", &t.email),
                ("website", &t.website),
                ("description", &t.description),
                ("neighbourhoods", &places),
            ])
        })?;
    leptos_axum::redirect(&format!("/organisations/{id}"));
    Ok(())
}
