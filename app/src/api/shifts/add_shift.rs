use crate::api::AppError;
use leptos::prelude::*;

/// Adds a shift to an opportunity of a centre the caller runs; back to its page.
#[server(endpoint = "add_shift")]
pub async fn add_shift(
    opportunity_id: i64,
    #[server(default)] day: String,
    #[server(default)] starts: String,
    #[server(default)] ends: String,
    #[server(default)] slots: String,
) -> Result<(), AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    use crate::server::shifts::publish::{add_shift, ShiftInput};
    let state = app_state()?;
    let me = signed_in().await?;
    let input = ShiftInput {
        day,
        starts,
        ends,
        slots,
    };
    let typed = input.clone();
    match add_shift(&state.db, &me.actor, opportunity_id, input).await {
        Ok(id) => {
            leptos_axum::redirect(&format!("/opportunities/{opportunity_id}#shift-{id}"));
            Ok(())
        }
        Err(e) => Err(e.keeping(&[
            ("day", &typed.day),
            ("starts", &typed.starts),
            ("ends", &typed.ends),
            ("slots", &typed.slots),
        ])),
    }
}
