use crate::api::AppError;
use leptos::prelude::*;

/// Changes another account's global role (admins only, never their own).
#[server(endpoint = "set_account_role")]
pub async fn set_account_role(user_id: i64, role: String) -> Result<(), AppError> {
    use crate::domain::permissions::{Action, Target};
    use crate::domain::roles::Role;
    use crate::server::{
        accounts,
        auth::caller::{app_state, require},
    };

    let state = app_state()?;
    let me = require(Action::ChangeRole, Target::Account(user_id)).await?;
    let role = Role::parse(&role).ok_or(AppError::BadRequest)?;
    accounts::set_role(&state.db, &me.actor, user_id, role).await?;
    Ok(())
}
