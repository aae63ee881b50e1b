use crate::api::AppError;
use crate::model::SessionUser;
use leptos::prelude::*;

/// The signed-in person, or `None` for a visitor.
#[server(endpoint = "current_user")]
pub async fn current_user() -> Result<Option<SessionUser>, AppError> {
    use crate::server::auth::caller::{app_state, caller};
    let Some(c) = caller().await? else {
        return Ok(None);
    };
    let state = app_state()?;
    let unread = crate::server::notifications::unread(&state.db, &c.actor).await?;
    Ok(Some(SessionUser {
        id: c.user.id,
        username: c.user.username,
        display_name: c.user.display_name,
        role: c.actor.role,
        member_since_ms: c.user.created_at,
        unread,
    }))
}
