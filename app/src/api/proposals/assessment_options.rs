use crate::api::AppError;
use crate::model::directory::Named;
use leptos::prelude::*;

/// The assessment form's choices: the organisations the caller records for, and the
/// neighbourhoods.
#[server(endpoint = "assessment_options")]
pub async fn assessment_options() -> Result<(Vec<Named>, Vec<Named>), AppError> {
    use crate::server::assessments::represented_verified;
    use crate::server::auth::caller::{app_state, signed_in};
    let state = app_state()?;
    let me = signed_in().await?;
    let mine = represented_verified(&state.db, &me.actor).await?;
    if mine.is_empty() {
        return Err(AppError::Forbidden);
    }
    let places = crate::server::directory::neighbourhood_choices(&state.db).await?;
    Ok((mine, places))
}
