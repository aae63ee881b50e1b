use crate::api::AppError;
use crate::model::actions::ActionCard;
use leptos::prelude::*;

/// A page of the local actions of a centre or a neighbourhood (`of` is `centre` or
/// `neighbourhood`), with how many there are.
#[server(endpoint = "list_actions")]
pub async fn list_actions(
    of: String,
    id: i64,
    page: i64,
) -> Result<(Vec<ActionCard>, i64), AppError> {
    use crate::server::auth::caller::app_state;
    use crate::server::db::local_actions::ActionsOf;
    let state = app_state()?;
    let of = match of.as_str() {
        "centre" => ActionsOf::Centre(id),
        "neighbourhood" => ActionsOf::Neighbourhood(id),
        "organisation" => ActionsOf::Organisation(id),
        _ => return Err(AppError::BadRequest),
    };
    crate::server::actions::page_of(&state.db, of, page).await
}
