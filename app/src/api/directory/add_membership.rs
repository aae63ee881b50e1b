use crate::api::AppError;
use leptos::prelude::*;

/// Seats an organisation (`member` = `org:ID`) or a person (`person:ID`) on a committee with a
/// role and a period typed in the Jalali calendar.
#[server(endpoint = "add_membership")]
pub async fn add_membership(
    committee_id: i64,
    member: String,
    role: String,
    since: String,
    until: String,
) -> Result<(), AppError> {
    use crate::domain::digits::parse_number;
    use crate::server::auth::caller::{app_state, signed_in};
    use crate::server::directory::memberships::{self, MembershipInput};

    let state = app_state()?;
    let me = signed_in().await?;
    let (organisation_id, person_id) = match member.split_once(':') {
        Some(("org", id)) => (parse_number(id), None),
        Some(("person", id)) => (None, parse_number(id)),
        _ => (None, None),
    };
    let input = MembershipInput {
        committee_id,
        organisation_id,
        person_id,
        role: role.clone(),
        since: since.clone(),
        until: until.clone(),
    };
    match memberships::add_membership(&state.db, &me.actor, input).await {
        Ok(_) => {
            leptos_axum::redirect(&format!("/committees/{committee_id}#members-h"));
            Ok(())
        }
        Err(AppError::Invalid(mut errors)) => {
            for (field, value) in [
                ("member", &member),
                ("role", &role),
                ("since", &since),
                ("until", &until),
            ] {
                errors.keep(field, value);
            }
            Err(AppError::Invalid(errors))
        }
        Err(other) => Err(other),
    }
}
