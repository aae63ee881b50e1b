use crate::api::AppError;
use leptos::prelude::*;

/// Registers an organisation, pending until an official verifies it; the caller becomes its
/// first representative. Dimensions come as one checkbox each.
#[server(endpoint = "register_organisation")]
pub async fn register_organisation(
    kind: String,
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
) -> Result<(), AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    use crate::server::directory::organisations::{register, OrganisationInput};

    let state = app_state()?;
    let me = signed_in().await?;
    let dimensions =
        super::ticked_dimensions([dim_social, dim_economic, dim_physical, dim_environmental]);
    let input = OrganisationInput {
        kind,
        name,
        registration_no,
        dimensions,
        address,
        phone,
        email,
        website,
        description,
        neighbourhood_ids: Vec::new(),
    };
    let typed = input.clone();
    match register(&state.db, &me.actor, input).await {
        Ok(id) => {
            leptos_axum::redirect(&format!("/organisations/{id}"));
            Ok(())
        }
        Err(AppError::Invalid(mut errors)) => {
            for (field, value) in [
                ("kind", &typed.kind),
                ("name", &typed.name),
                ("registration_no", &typed.registration_no),
                ("address", &typed.address),
                ("phone", &typed.phone),
                ("email", &typed.email),
                ("website", &typed.website),
                ("description", &typed.description),
            ] {
                errors.keep(field, value);
            }
            Err(AppError::Invalid(errors))
        }
        Err(other) => Err(other),
    }
}
