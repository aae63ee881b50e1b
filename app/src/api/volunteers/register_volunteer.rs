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
    use crate::server::volunteers::offer::OfferInput;
    use crate::server::volunteers::registration::{register, VolunteerInput};
    let state = app_state()?;
    let me = signed_in().await?;
    let input = VolunteerInput {
        full_name,
        national_code,
        intermediary,
        offer: OfferInput {
            mobile,
            birth_year,
            gender,
            neighbourhood,
            roles,
            availability,
            skill_names,
            skill_levels,
        },
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
        Err(e) => {
            let mut kept = typed.offer.kept();
            kept.extend([
                ("full_name", typed.full_name),
                ("national_code", typed.national_code),
                ("intermediary", typed.intermediary),
                ("drive", typed.drive),
            ]);
            let kept: Vec<(&str, &str)> = kept.iter().map(|(f, v)| (*f, v.as_str())).collect();
            Err(e.keeping(&kept))
        }
    }
}
