use crate::api::AppError;
use leptos::prelude::*;

/// The intermediary (or an official) revokes a certificate, saying why; back to its page.
#[server(endpoint = "revoke_certificate")]
pub async fn revoke_certificate(
    code: String,
    #[server(default)] reason: String,
) -> Result<(), AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    let state = app_state()?;
    let me = signed_in().await?;
    let now = crate::server::now_ms();
    let revoked =
        crate::server::service::certificates::revoke(&state.db, &me.actor, &code, &reason, now)
            .await;
    match revoked {
        Ok(code) => {
            leptos_axum::redirect(&format!("/certificates/{code}"));
            Ok(())
        }
        Err(e) => Err(e.keeping(&[("reason", &reason)])),
    }
}
