use crate::domain::validation::FormErrors;
use leptos::prelude::*;

/// Creates a member account and signs it in.
#[server(endpoint = "register")]
pub async fn register(
    username: String,
    display_name: String,
    email: String,
    password: String,
    password_confirm: String,
) -> Result<FormErrors, ServerFnError> {
    use crate::server::accounts::{self, Registration};
    use crate::server::auth::caller::{app_state, session, sign_in};
    use secrecy::SecretString;

    let state = app_state()?;
    let input = Registration {
        username,
        display_name,
        email,
        password: SecretString::from(password),
        password_confirm: SecretString::from(password_confirm),
    };
    match accounts::register(&state.db, input)
        .await
        .map_err(crate::server::account_error)?
    {
        Err(errors) => Ok(errors),
        Ok(user) => {
            sign_in(&session().await?, &user).await?;
            leptos_axum::redirect("/");
            Ok(FormErrors::default())
        }
    }
}
