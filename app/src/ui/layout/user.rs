//! The signed-in person, loaded once per page and shared through context.
use crate::api::current_user;
use crate::model::SessionUser;
use leptos::prelude::*;

/// Loaded once per page: every page is drawn anew by the server after a sign-in or sign-out.
#[derive(Clone, Copy)]
pub struct SessionUserContext {
    pub user: Resource<Option<SessionUser>>,
}

pub fn provide_session_user() {
    let user = Resource::new(|| (), |_| async { current_user().await.ok().flatten() });
    provide_context(SessionUserContext { user });
}

pub fn use_session_user() -> SessionUserContext {
    expect_context::<SessionUserContext>()
}
