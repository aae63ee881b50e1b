use crate::api::volunteers::{
    get_volunteer_reference, AddVolunteerDrive, AddVolunteerRole, RetireVolunteerRole,
};
use crate::i18n::*;
use crate::model::volunteer_reference::{DriveView, RoleUseView};
use crate::ui::components::field::Field;
use crate::ui::components::form_state::{form_errors, form_failure, FailureAlert};
use crate::ui::components::id_scope::IdScope;
use crate::ui::components::{format, volunteer_labels};
use crate::ui::pages::directory::LoadFailed;
use leptos::context::Provider;
use leptos::prelude::*;
use leptos_meta::Title;

/// `/volunteers/reference`: officials keep the roles volunteers offer and the registration
/// drives, each with how much it is in use.
#[component]
pub fn VolunteerReferencePage() -> impl IntoView {
    let i18n = use_i18n();
    let lists = Resource::new(|| (), |_| get_volunteer_reference());
    view! {
        <Title text=t_string!(i18n, volunteers.reference_title).to_string() />
        <nav class="crumbs" aria-label=move || t_string!(i18n, directory.breadcrumbs)>
            <a href="/volunteers">{t!(i18n, volunteers.title)}</a>
        </nav>
        <h1>{t!(i18n, volunteers.reference_title)}</h1>
        <Transition fallback=|| ()>
            {move || lists.get().map(|result| match result {
                Err(error) => view! { <LoadFailed error /> }.into_any(),
                Ok(lists) => view! {
                    <Roles roles=lists.roles />
                    <Drives drives=lists.drives />
                }.into_any(),
            })}
        </Transition>
    }
}

#[component]
fn Roles(roles: Vec<RoleUseView>) -> impl IntoView {
    let i18n = use_i18n();
    let add = ServerAction::<AddVolunteerRole>::new();
    let errors = form_errors(add.value());
    let failure = form_failure(add.value());
    view! {
        <section class="panel" aria-labelledby="roles-h">
            <h2 id="roles-h">{t!(i18n, volunteers.roles_heading)}</h2>
            <p class="hint">{t!(i18n, volunteers.roles_hint)}</p>
            <div class="table-wrap"><table class="data">
                <caption class="visually-hidden">{t!(i18n, volunteers.roles_heading)}</caption>
                <thead><tr>
                    <th scope="col">{t!(i18n, volunteers.role_name)}</th>
                    <th scope="col">{t!(i18n, volunteers.role_volunteers)}</th>
                    <th scope="col">{t!(i18n, volunteers.role_requests)}</th>
                    <th scope="col"><span class="visually-hidden">{t!(i18n, volunteers.role_state)}</span></th>
                </tr></thead>
                <tbody>
                    {roles.into_iter().map(|r| view! { <RoleRow r /> }).collect_view()}
                </tbody>
            </table></div>
            <h3 id="add-role-h">{t!(i18n, volunteers.add_role)}</h3>
            <FailureAlert failure />
            <ActionForm action=add attr:novalidate=true attr:aria-labelledby="add-role-h">
                <Field name="name" required=true errors>{t!(i18n, volunteers.role_name)}</Field>
                <button type="submit" class="button">{t!(i18n, volunteers.add_role)}</button>
            </ActionForm>
        </section>
    }
}

#[component]
fn RoleRow(r: RoleUseView) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<RetireVolunteerRole>::new();
    let name = volunteer_labels::role(&r.role);
    let label = if r.retired {
        t_string!(i18n, volunteers.restore_role).to_string()
    } else {
        t_string!(i18n, volunteers.retire_role).to_string()
    };
    let described = format!("role-{}-name", r.role.id);
    view! {
        <tr id=format!("role-{}", r.role.id) class:muted=r.retired>
            <td dir="auto" id=described.clone()>
                {name}
                {r.retired.then(|| view! { " " <span class="badge">{t!(i18n, volunteers.role_retired)}</span> })}
            </td>
            <td>{format::number(r.volunteers)}</td>
            <td>{format::number(r.open_requests)}</td>
            <td>
                <ActionForm action attr:class="inline">
                    <input type="hidden" name="id" value=r.role.id />
                    <input type="hidden" name="retire" value=if r.retired { "0" } else { "1" } />
                    <button type="submit" class="button small secondary" aria-describedby=described>{label}</button>
                </ActionForm>
            </td>
        </tr>
    }
}

#[component]
fn Drives(drives: Vec<DriveView>) -> impl IntoView {
    let i18n = use_i18n();
    let add = ServerAction::<AddVolunteerDrive>::new();
    let errors = form_errors(add.value());
    let failure = form_failure(add.value());
    let empty = drives.is_empty();
    view! {
        <section class="panel" aria-labelledby="drives-h">
            <h2 id="drives-h">{t!(i18n, volunteers.drives_heading)}</h2>
            <p class="hint">{t!(i18n, volunteers.drives_hint)}</p>
            {if empty {
                view! { <p class="muted">{t!(i18n, volunteers.no_drives)}</p> }.into_any()
            } else {
                view! {
                    <div class="table-wrap"><table class="data">
                        <caption class="visually-hidden">{t!(i18n, volunteers.drives_heading)}</caption>
                        <thead><tr>
                            <th scope="col">{t!(i18n, volunteers.drive_name)}</th>
                            <th scope="col">{t!(i18n, volunteers.drive_code)}</th>
                            <th scope="col">{t!(i18n, volunteers.drive_period)}</th>
                            <th scope="col">{t!(i18n, volunteers.drive_registered)}</th>
                        </tr></thead>
                        <tbody>
                            {drives.into_iter().map(|d| view! {
                                <tr id=format!("drive-{}", d.id)>
                                    <td dir="auto">{d.name.clone()}</td>
                                    <td><a dir="ltr" href=format!("/volunteers/register?drive={}", d.code)>{d.code.clone()}</a></td>
                                    <td>{format::day(&d.starts_on)} {d.ends_on.as_deref().map(|e| format!(" \u{2013} {}", format::day(e)))}</td>
                                    <td>{format::number(d.volunteers)}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table></div>
                }.into_any()
            }}
            <h3 id="add-drive-h">{t!(i18n, volunteers.add_drive)}</h3>
            <FailureAlert failure />
            <Provider value=IdScope("drive-")>
                <ActionForm action=add attr:novalidate=true attr:aria-labelledby="add-drive-h">
                    <Field name="name" required=true errors>{t!(i18n, volunteers.drive_name)}</Field>
                    <Field name="code" dir="ltr" autocomplete="off" required=true hint=t!(i18n, volunteers.drive_code_hint).into_any() errors>{t!(i18n, volunteers.drive_code)}</Field>
                    <Field name="starts_on" required=true hint=t!(i18n, centres.date_hint).into_any() errors>{t!(i18n, volunteers.drive_starts)}</Field>
                    <Field name="ends_on" hint=t!(i18n, centres.date_hint).into_any() errors>{t!(i18n, volunteers.drive_ends)}</Field>
                    <button type="submit" class="button">{t!(i18n, volunteers.add_drive)}</button>
                </ActionForm>
            </Provider>
        </section>
    }
}
