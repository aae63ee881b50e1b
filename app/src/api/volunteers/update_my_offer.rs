use crate::api::AppError;
use leptos::prelude::*;

/// A volunteer changes what they gave at registration and may keep up to date themselves (how
/// to reach them, home, roles, skills, week); on success their profile page opens.
#[server(endpoint = "update_my_offer")]
pub async fn update_my_offer(
    version: i64,
    mobile: String,
    birth_year: String,
    #[server(default)] gender: String,
    #[server(default)] neighbourhood: String,
    #[server(default)] roles: Vec<String>,
    #[server(default)] availability: Vec<String>,
    #[server(default)] skill_names: Vec<String>,
    #[server(default)] skill_levels: Vec<String>,
) -> Result<(), AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    use crate::server::volunteers::offer::{update_own, OfferInput};
    let state = app_state()?;
    let me = signed_in().await?;
    let input = OfferInput {
        mobile,
        birth_year,
        gender,
        neighbourhood,
        roles,
        availability,
        skill_names,
        skill_levels,
    };
    let kept = input.kept();
    match update_own(&state.db, &me.actor, version, input).await {
        Ok(()) => {
            leptos_axum::redirect("/volunteers/me");
            Ok(())
        }
        Err(e) => {
            let kept: Vec<(&str, &str)> = kept.iter().map(|(f, v)| (*f, v.as_str())).collect();
            Err(e.keeping(&kept))
        }
    }
}
