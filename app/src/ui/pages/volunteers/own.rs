use super::merges::NotRegistered;
use crate::api::service::get_my_service;
use crate::api::volunteers::get_my_volunteer;
use crate::model::service::ServiceRecord;
use crate::model::volunteers::VolunteerView;
use crate::ui::components::sign_in_required::SignInRequired;
use crate::ui::layout::user::use_session_user;
use crate::ui::pages::directory::LoadFailed;
use leptos::prelude::*;
use leptos_meta::Title;

/// What a volunteer's own pages draw from their profile and service record.
pub type Show = fn(VolunteerView, ServiceRecord) -> AnyView;

/// A page of the volunteer's own (`title`): signed in and registered, it shows `show` of their
/// profile and record; otherwise it asks them to sign in, or to register first.
#[component]
pub fn OwnPage(title: String, show: Show) -> impl IntoView {
    let session = use_session_user();
    let heading = title.clone();
    view! {
        <Title text=title />
        <Transition fallback=|| ()>
            {move || session.user.get().map(|user| match user {
                None => view! { <SignInRequired /> }.into_any(),
                Some(_) => view! { <Own heading=heading.clone() show /> }.into_any(),
            })}
        </Transition>
    }
}

#[component]
fn Own(heading: String, show: Show) -> impl IntoView {
    let mine = Resource::new(
        || (),
        |_| async move {
            let volunteer = get_my_volunteer().await?;
            let record = get_my_service().await?;
            Ok::<_, crate::api::AppError>(volunteer.zip(record))
        },
    );
    view! {
        <Transition fallback=|| ()>
            {move || mine.get().map(|result| match result {
                Err(error) => view! { <LoadFailed error /> }.into_any(),
                Ok(None) => view! { <NotRegistered heading=heading.clone() /> }.into_any(),
                Ok(Some((v, record))) => show(v, record),
            })}
        </Transition>
    }
}
