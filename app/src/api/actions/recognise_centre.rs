use crate::api::AppError;
use leptos::prelude::*;

/// An official recognises a centre of the campaign (`recognise` 1) or withdraws it (0).
#[server(endpoint = "recognise_centre")]
pub async fn recognise_centre(
    campaign: i64,
    centre: i64,
    recognise: u8,
    #[server(default)] citation: String,
) -> Result<(), AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    let state = app_state()?;
    let me = signed_in().await?;
    let citation = (recognise == 1).then_some(citation.as_str());
    let done = crate::server::actions::score_admin::recognise(
        &state.db, &me.actor, campaign, centre, citation,
    )
    .await;
    match done {
        Ok(()) => {
            leptos_axum::redirect(&format!("/campaigns/{campaign}/scores#centre-{centre}"));
            Ok(())
        }
        Err(e) => {
            // Which of the page's recognition forms the refusal belongs to.
            let which = centre.to_string();
            Err(e.keeping(&[
                ("citation", citation.unwrap_or_default()),
                ("centre", &which),
            ]))
        }
    }
}
