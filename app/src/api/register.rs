use crate::api::AppError;
use leptos::prelude::*;

/// Creates a member account and signs it in.
#[server(endpoint = "register")]
pub async fn register(
    username: String,
    display_name: String,
    email: String,
    password: String,
    password_confirm: String,
) -> Result<(), AppError> {
    use crate::server::accounts::{self, Registration};
    use crate::server::auth::caller::{app_state, session, sign_in};
    use secrecy::SecretString;

    let state = app_state()?;
    let input = Registration {
        username: username.clone(),
        display_name: display_name.clone(),
        email: email.clone(),
        password: SecretString::from(password),
        password_confirm: SecretString::from(password_confirm),
    };
    match accounts::register(&state.db, input).await? {
        Err(mut errors) => {
            errors.keep("username", &username);
            errors.keep("display_name", &display_name);
            errors.keep("email", &email);
            Err(errors.into())
        }
        Ok(user) => {
            sign_in(&session().await?, &user).await?;
            leptos_axum::redirect("/");
            Ok(())
        }
    }
}
