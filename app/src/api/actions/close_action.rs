use crate::api::AppError;
use leptos::prelude::*;

/// Those who run an action close it with what was achieved; its page shows planned against
/// achieved.
#[server(endpoint = "close_action")]
pub async fn close_action(
    id: i64,
    #[server(default)] target_ids: Vec<String>,
    #[server(default)] achieved: Vec<String>,
    #[server(default)] attendance: String,
    #[server(default)] account: String,
) -> Result<(), AppError> {
    use crate::server::actions::closing::{close, ClosingInput};
    use crate::server::auth::caller::{app_state, signed_in};
    let state = app_state()?;
    let me = signed_in().await?;
    let input = ClosingInput {
        target_ids,
        achieved,
        attendance,
        account,
    };
    match close(&state.db, &me.actor, id, &input).await {
        Ok(()) => {
            leptos_axum::redirect(&format!("/actions/{id}#outcome"));
            Ok(())
        }
        Err(e) => {
            let achieved = input.achieved.join("\u{1f}");
            Err(e.keeping(&[
                ("achieved", &achieved),
                ("attendance", &input.attendance),
                ("account", &input.account),
            ]))
        }
    }
}
