use crate::api::AppError;
use leptos::prelude::*;

/// The caller registers as a volunteer; on success their profile page opens.
#[server(endpoint = "register_volunteer")]
pub async fn register_volunteer(
    full_name: String,
    national_code: String,
    mobile: String,
    birth_year: String,
    #[server(default)] gender: String,
    #[server(default)] neighbourhood: String,
    #[server(default)] intermediary: String,
    #[server(default)] roles: Vec<String>,
    #[server(default)] availability: Vec<String>,
    #[server(default)] skill_names: Vec<String>,
    #[server(default)] skill_levels: Vec<String>,
    #[server(default)] drive: String,
    #[server(default)] former_recipient: Option<String>,
    #[server(default)] consent: Option<String>,
    #[server(default)] merge: Option<String>,
) -> Result<(), AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    use crate::server::volunteers::registration::{register, VolunteerInput};
    let state = app_state()?;
    let me = signed_in().await?;
    let input = VolunteerInput {
        full_name,
        national_code,
        mobile,
        birth_year,
        gender,
        neighbourhood,
        intermediary,
        roles,
        availability,
        skill_names,
        skill_levels,
        drive,
        former_recipient: former_recipient.is_some(),
        consent: consent.is_some(),
        merge: merge.is_some(),
    };
    let typed = input.clone();
    match register(&state.db, &me.actor, input).await {
        Ok(_) => {
            leptos_axum::redirect("/volunteers/me");
            Ok(())
        }
        Err(e) => Err(e.keeping(&[
            ("full_name", &typed.full_name),
            ("national_code", &typed.national_code),
            ("mobile", &typed.mobile),
            ("birth_year", &typed.birth_year),
            ("gender", &typed.gender),
            ("neighbourhood", &typed.neighbourhood),
            ("intermediary", &typed.intermediary),
            ("roles", &typed.roles.join(",")),
            ("availability", &typed.availability.join(",")),
            ("skill_names", &typed.skill_names.join("\u{1f}")),
            ("skill_levels", &typed.skill_levels.join(",")),
            ("drive", &typed.drive),
        ])),
    }
}
