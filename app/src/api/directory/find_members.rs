use crate::api::AppError;
use crate::model::directory::MemberOption;
use leptos::prelude::*;

/// Verified organisations and people whose names match, for seating on a committee (officials).
#[server(endpoint = "find_members")]
pub async fn find_members(query: String) -> Result<Vec<MemberOption>, AppError> {
    use crate::domain::permissions::{Action, Target};
    use crate::server::auth::caller::{app_state, require};

    let state = app_state()?;
    require(Action::ManageDirectory, Target::Portal).await?;
    crate::server::directory::search::member_options(&state.db, &query).await
}
