use crate::api::AppError;
use leptos::prelude::*;

/// The intermediary (or an official) issues a certificate of a volunteer's service as it
/// stands; on to the certificate.
#[server(endpoint = "issue_certificate")]
pub async fn issue_certificate(volunteer: i64) -> Result<(), AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    let state = app_state()?;
    let me = signed_in().await?;
    let now = crate::server::now_ms();
    let code =
        crate::server::service::certificates::issue(&state.db, &me.actor, volunteer, now).await?;
    leptos_axum::redirect(&format!("/certificates/{code}"));
    Ok(())
}
