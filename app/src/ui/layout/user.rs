//! The signed-in person, loaded once per page and shared through context.
use crate::api::current_user;
use crate::model::SessionUser;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct SessionUserContext {
    pub user: Resource<Option<SessionUser>>,
    /// Bumped after sign-in, sign-out or registration, to load the person again.
    pub epoch: RwSignal<u32>,
}

pub fn provide_session_user() {
    let epoch = RwSignal::new(0u32);
    let user = Resource::new(
        move || epoch.get(),
        |_| async { current_user().await.ok().flatten() },
    );
    provide_context(SessionUserContext { user, epoch });
}

pub fn use_session_user() -> SessionUserContext {
    expect_context::<SessionUserContext>()
}
