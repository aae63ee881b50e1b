use crate::api::AppError;
use crate::model::service::CertificateView;
use leptos::prelude::*;

/// A certificate by its code: public, so anyone shown one can check it.
#[server(endpoint = "get_certificate")]
pub async fn get_certificate(code: String) -> Result<CertificateView, AppError> {
    use crate::server::auth::caller::{app_state, caller};
    let state = app_state()?;
    let me = caller().await?;
    let actor = me.as_ref().map(|c| &c.actor);
    crate::server::service::certificates::find(&state.db, actor, &code).await
}
