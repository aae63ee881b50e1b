use crate::api::AppError;
use leptos::prelude::*;

/// Changes the caller's password; their other sessions end, this one stays.
#[server(endpoint = "change_password")]
pub async fn change_password(
    current_password: String,
    new_password: String,
    new_password_confirm: String,
) -> Result<(), AppError> {
    use crate::server::accounts;
    use crate::server::auth::caller::{app_state, refresh_version, session, signed_in};
    use crate::server::db::sessions::delete_for_user_except;
    use secrecy::SecretString;

    let state = app_state()?;
    let me = signed_in().await?;
    let version = accounts::change_password(
        &state.db,
        &me.actor,
        &me.user,
        SecretString::from(current_password),
        SecretString::from(new_password),
        SecretString::from(new_password_confirm),
    )
    .await??;
    let session = session().await?;
    refresh_version(&session, version).await?;
    let keep = session.id().map(|id| id.to_string()).unwrap_or_default();
    delete_for_user_except(&state.db, me.user.id, &keep).await?;
    crate::api::back_to_account_saved("password");
    Ok(())
}
