use crate::api::AppError;
use crate::model::AccountPage;
use leptos::prelude::*;

/// One page of accounts, for admins.
#[server(endpoint = "list_accounts")]
pub async fn list_accounts(query: String, page: i64) -> Result<AccountPage, AppError> {
    use crate::domain::permissions::{Action, Target};
    use crate::server::{
        accounts,
        auth::caller::{app_state, require},
    };

    let state = app_state()?;
    let me = require(Action::ListAccounts, Target::Portal).await?;
    Ok(accounts::list(&state.db, &me.actor, &query, page).await?)
}
