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
use crate::ui::components::refusal::Refusal;
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

/// What a page shows when its data could not be loaded, with the status that says why.
#[component]
pub fn LoadFailed(
    error: AppError,
    /// Where a refusal for the object's state leads (its own page).
    #[prop(default = None)]
    back: Option<String>,
) -> impl IntoView {
    match back {
        Some(back) => view! { <Refusal error back /> }.into_any(),
        None => view! { <Refusal error /> }.into_any(),
    }
}

/// Who a gated page admits, from the signed-in person's global role.
pub type Admits = fn(&crate::domain::permissions::Actor) -> bool;

pub fn anyone_signed_in(_: &crate::domain::permissions::Actor) -> bool {
    true
}

pub fn staff(actor: &crate::domain::permissions::Actor) -> bool {
    actor.is_staff()
}

pub fn admin(actor: &crate::domain::permissions::Actor) -> bool {
    actor.role == crate::domain::roles::Role::Admin
}

/// Shows its children (the whole page: its heading, filters and actions) only to a signed-in
/// person `admits` lets in; a visitor gets the sign-in page (401), anyone else the refusal
/// (403). The server functions behind the page refuse them anyway.
#[component]
pub fn Gate(admits: Admits, children: ChildrenFn) -> impl IntoView {
    let session = crate::ui::layout::user::use_session_user();
    view! {
        <Transition fallback=|| ()>
            {
                let children = children.clone();
                // Still loading: nothing yet (a refusal now would set the page's status early).
                move || session.user.get().map(|user| match user {
                    None => view! { <SignInRequired /> }.into_any(),
                    Some(user) if !admits(&crate::domain::permissions::Actor::new(user.id, user.role)) => {
                        view! { <Refusal error=AppError::Forbidden /> }.into_any()
                    }
                    Some(_) => children().into_any(),
                })
            }
        </Transition>
    }
}

/// Shows its children only to officials and admins; others are told why not.
#[component]
pub fn StaffOnly(children: ChildrenFn) -> impl IntoView {
    view! { <Gate admits=staff children /> }
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
