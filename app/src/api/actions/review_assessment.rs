use crate::api::AppError;
use leptos::prelude::*;

/// An official scores a centre's self-assessment.
#[server(endpoint = "review_assessment")]
pub async fn review_assessment(
    campaign: i64,
    id: i64,
    #[server(default)] score: String,
    #[server(default)] review_note: String,
) -> Result<(), AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    let state = app_state()?;
    let me = signed_in().await?;
    let reviewed = crate::server::actions::score_admin::review(
        &state.db,
        &me.actor,
        campaign,
        id,
        &score,
        &review_note,
    )
    .await;
    match reviewed {
        Ok(()) => {
            leptos_axum::redirect(&format!("/campaigns/{campaign}/scores#waiting-h"));
            Ok(())
        }
        Err(e) => {
            // Which of the page's review forms the refusal belongs to.
            let which = id.to_string();
            Err(e.keeping(&[
                ("score", &score),
                ("review_note", &review_note),
                ("id", &which),
            ]))
        }
    }
}
