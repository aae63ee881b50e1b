//! The directory's pages: committees, working groups, organisations, people, neighbourhoods,
//! search.
pub mod add_member;
pub mod capacities;
pub mod capacity_form;
pub mod committee;
pub mod committee_form;
pub mod committees;
pub mod end_seat;
pub mod neighbourhood;
pub mod neighbourhood_form;
pub mod neighbourhoods;
pub mod organisation;
pub mod organisation_edit;
pub mod organisation_new;
pub mod organisations;
pub mod person;
pub mod person_form;
pub mod representatives;
pub mod search;
pub mod verification;
pub mod working_group;
pub mod working_group_form;

use crate::api::AppError;
use crate::domain::digits::parse_number;
use crate::i18n::*;
use crate::ui::components::sign_in_required::SignInRequired;
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

/// A query-string value, empty when absent.
pub fn query_param(name: &'static str) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    let query = use_query_map();
    move || query.read().get(name).unwrap_or_default()
}

/// The `{id}` of the route, or -1 (which finds nothing) when it is not a number.
pub fn id_param() -> impl Fn() -> i64 + Copy + Send + Sync + 'static {
    let params = use_params_map();
    move || {
        params
            .read()
            .get("id")
            .and_then(|id| parse_number(&id))
            .unwrap_or(-1)
    }
}

/// What a page shows when its data could not be loaded; a missing object answers 404.
#[component]
pub fn LoadFailed(error: AppError) -> impl IntoView {
    let i18n = use_i18n();
    #[cfg(feature = "ssr")]
    if matches!(error, AppError::NotFound) {
        if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
            response.set_status(http::StatusCode::NOT_FOUND);
        }
    }
    match error {
        AppError::NotFound => view! {
            <section class="panel empty-state">
                <h1>{t!(i18n, not_found.title)}</h1>
                <p>{t!(i18n, errors.not_found)}</p>
            </section>
        }
        .into_any(),
        AppError::SignInRequired => view! { <SignInRequired /> }.into_any(),
        AppError::Forbidden => view! {
            <section class="panel notice"><p>{t!(i18n, errors.forbidden)}</p></section>
        }
        .into_any(),
        _ => view! { <p class="form-alert" role="alert">{t!(i18n, errors.generic)}</p> }.into_any(),
    }
}

/// Shows its children only to officials and admins; others are told why not.
#[component]
pub fn StaffOnly(children: ChildrenFn) -> impl IntoView {
    let i18n = use_i18n();
    let session = crate::ui::layout::user::use_session_user();
    view! {
        <Transition fallback=|| ()>
            {
                let children = children.clone();
                move || match session.user.get().flatten() {
                    None => view! { <SignInRequired /> }.into_any(),
                    Some(user) if user.role == crate::domain::roles::Role::Member => view! {
                        <section class="panel notice"><p>{t!(i18n, errors.forbidden)}</p></section>
                    }.into_any(),
                    Some(_) => children().into_any(),
                }
            }
        </Transition>
    }
}

/// Shows its children only to officials and admins, and nothing to others: their tools on a
/// page everybody sees (the server refuses the actions anyway).
#[component]
pub fn IfStaff(children: ChildrenFn) -> impl IntoView {
    let session = crate::ui::layout::user::use_session_user();
    view! {
        <Transition fallback=|| ()>
            {
                let children = children.clone();
                move || {
                    let staff = session
                        .user
                        .get()
                        .flatten()
                        .is_some_and(|u| u.role != crate::domain::roles::Role::Member);
                    staff.then(|| children())
                }
            }
        </Transition>
    }
}
