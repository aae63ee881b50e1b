use crate::domain::validation::FormErrors;
use leptos::prelude::*;

/// Signs in; on success redirects to `next` (a local path) and returns no errors.
#[server(endpoint = "login")]
pub async fn login(
    username: String,
    password: String,
    next: String,
) -> Result<FormErrors, ServerFnError> {
    use crate::domain::validation::safe_next;
    use crate::server::accounts::authenticate;
    use crate::server::auth::caller::{app_state, client_address, session, sign_in};
    use secrecy::SecretString;

    let state = app_state()?;
    let client = client_address(&state).await;
    let outcome = authenticate(
        &state.db,
        &state.settings,
        &username,
        SecretString::from(password),
        &client,
    )
    .await
    .map_err(crate::server::account_error)?;
    match outcome {
        Err(errors) => Ok(errors),
        Ok(user) => {
            sign_in(&session().await?, &user).await?;
            leptos_axum::redirect(&safe_next(&next));
            Ok(FormErrors::default())
        }
    }
}
