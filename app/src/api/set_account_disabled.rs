use crate::api::AppError;
use leptos::prelude::*;

/// Disables (ending its sessions) or re-enables an account (admins only, never their own).
#[server(endpoint = "set_account_disabled")]
pub async fn set_account_disabled(user_id: i64, disabled: bool) -> Result<(), AppError> {
    use crate::domain::permissions::{Action, Target};
    use crate::server::{
        accounts,
        auth::caller::{app_state, require},
    };

    let state = app_state()?;
    let me = require(Action::DisableAccount, Target::Account(user_id)).await?;
    accounts::set_disabled(&state.db, &me.actor, user_id, disabled).await?;
    Ok(())
}
