use crate::api::AppError;
use leptos::prelude::*;

/// The lead or a partner reports progress: the day (Jalali), percent complete and what was done.
#[server(endpoint = "post_update")]
pub async fn post_update(
    id: i64,
    reported_on: String,
    percent: String,
    body: String,
) -> Result<(), AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    use crate::server::projects::progress::{self, UpdateInput};
    let state = app_state()?;
    let me = signed_in().await?;
    let input = UpdateInput {
        reported_on: reported_on.clone(),
        percent: percent.clone(),
        body: body.clone(),
    };
    progress::post_update(&state.db, &me.actor, id, input)
        .await
        .map_err(|e| {
            e.keeping(&[
                ("reported_on", &reported_on),
                ("percent", &percent),
                ("body", &body),
            ])
        })?;
    leptos_axum::redirect(&format!("/projects/{id}#journey-h"));
    Ok(())
}
