use crate::api::AppError;
use leptos::prelude::*;

/// Signs in and redirects to `next` (a local path).
#[server(endpoint = "login")]
pub async fn login(username: String, password: String, next: String) -> Result<(), AppError> {
    use crate::domain::redirects::safe_target;
    use crate::server::accounts::authenticate;
    use crate::server::auth::caller::{app_state, client_address, session, sign_in};
    use secrecy::SecretString;

    let state = app_state()?;
    let client = client_address(&state).await;
    let password = SecretString::from(password);
    match authenticate(&state.db, &state.settings, &username, password, &client).await? {
        Err(mut errors) => {
            errors.keep("username", &username);
            Err(errors.into())
        }
        Ok(user) => {
            sign_in(&session().await?, &user).await?;
            leptos_axum::redirect(&safe_target(&next));
            Ok(())
        }
    }
}
