use crate::api::AppError;
use crate::model::volunteers::IntermediaryRoster;
use leptos::prelude::*;

/// The volunteers of the intermediary institutions the caller represents whose name matches
/// `q` (all when empty): the first of each state, or a page of one (`state`, a code; an
/// unknown one shows the first of each).
#[server(endpoint = "list_my_rosters")]
pub async fn list_my_rosters(
    #[server(default)] q: String,
    #[server(default)] state: Option<String>,
    #[server(default)] page: Option<i64>,
) -> Result<Vec<IntermediaryRoster>, AppError> {
    use crate::domain::volunteer_rules::VolunteerState;
    use crate::server::auth::caller::{app_state, signed_in};
    use crate::server::volunteers::{rosters_shown, RosterShown};
    let app = app_state()?;
    let me = signed_in().await?;
    let shown = RosterShown {
        query: q,
        state: state.as_deref().and_then(VolunteerState::parse),
        page: page.unwrap_or(1),
    };
    rosters_shown(&app.db, &me.actor, &shown).await
}
