use crate::domain::validation::FormErrors;
use leptos::prelude::*;

/// Changes the caller's password; their other sessions end, this one stays.
#[server(endpoint = "change_password")]
pub async fn change_password(
    current_password: String,
    new_password: String,
    new_password_confirm: String,
) -> Result<FormErrors, ServerFnError> {
    use crate::server::accounts;
    use crate::server::auth::caller::{app_state, caller, refresh_version, session, unauthorized};
    use secrecy::SecretString;

    let state = app_state()?;
    let me = caller().await?.ok_or_else(unauthorized)?;
    let outcome = accounts::change_password(
        &state.db,
        &me.actor,
        SecretString::from(current_password),
        SecretString::from(new_password),
        SecretString::from(new_password_confirm),
    )
    .await
    .map_err(crate::server::account_error)?;
    match outcome {
        Err(errors) => Ok(errors),
        Ok(version) => {
            let session = session().await?;
            refresh_version(&session, version).await?;
            let keep = session.id().map(|id| id.to_string()).unwrap_or_default();
            crate::server::db::sessions::delete_for_user_except(&state.db, me.user.id, &keep)
                .await
                .map_err(crate::server::internal)?;
            Ok(FormErrors::default())
        }
    }
}
