use crate::api::AppError;
use leptos::prelude::*;

/// An official selects a closed action's account for the reports of its period (`selected`
/// 1), or withdraws it (0).
#[server(endpoint = "select_account")]
pub async fn select_account(action: i64, selected: u8) -> Result<(), AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    let state = app_state()?;
    let me = signed_in().await?;
    crate::server::reports::freeze::select_account(&state.db, &me.actor, action, selected == 1)
        .await?;
    leptos_axum::redirect(&format!("/actions/{action}#report-h"));
    Ok(())
}
