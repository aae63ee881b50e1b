use crate::api::directory::{working_group_options, SaveWorkingGroup};
use crate::domain::codes::WorkingGroupKind;
use crate::i18n::*;
use crate::model::directory::WorkingGroupForm;
use crate::ui::components::check_list::CheckList;
use crate::ui::components::choice_field::{SelectField, TextAreaField};
use crate::ui::components::field::Field;
use crate::ui::components::form_state::{form_errors, form_failure, FailureAlert};
use crate::ui::components::labels;
use crate::ui::components::version_field::VersionField;
use crate::ui::pages::directory::{id_param, LoadFailed};
use leptos::prelude::*;
use leptos_meta::Title;

/// `/committees/{id}/working-groups/new`: a working group for this committee.
#[component]
pub fn NewWorkingGroupPage() -> impl IntoView {
    let id = id_param();
    let form = Resource::new(id, |id| working_group_options(Some(id), None));
    view! { <FormPage form /> }
}

/// `/working-groups/{id}/edit`: rename a group, change its neighbourhoods and members.
#[component]
pub fn EditWorkingGroupPage() -> impl IntoView {
    let id = id_param();
    let form = Resource::new(id, |id| working_group_options(None, Some(id)));
    view! { <FormPage form /> }
}

#[component]
fn FormPage(form: Resource<Result<WorkingGroupForm, crate::api::AppError>>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Title text=t_string!(i18n, directory.working_group).to_string() />
        <Transition fallback=|| ()>
            {move || form.get().map(|result| match result {
                Err(error) => view! { <LoadFailed error /> }.into_any(),
                Ok(form) => view! { <GroupForm form /> }.into_any(),
            })}
        </Transition>
    }
}

#[component]
fn GroupForm(form: WorkingGroupForm) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<SaveWorkingGroup>::new();
    let errors = form_errors(action.value());
    let failure = form_failure(action.value());
    let WorkingGroupForm {
        committee,
        members,
        neighbourhoods,
        group,
    } = form;
    let kinds = WorkingGroupKind::ALL
        .iter()
        .map(|k| (k.as_str().to_string(), labels::working_group_kind(*k)))
        .collect::<Vec<_>>();
    let seats = members
        .into_iter()
        .map(|m| {
            let label = format!("{} — {}", m.name, labels::committee_role(m.role));
            (m.membership_id, label)
        })
        .collect::<Vec<_>>();
    let places = neighbourhoods
        .into_iter()
        .map(|n| (n.id, n.name))
        .collect::<Vec<_>>();
    let heading = if group.is_some() {
        t_string!(i18n, directory.edit_working_group)
    } else {
        t_string!(i18n, directory.new_working_group)
    };
    let (id, version) = (
        group.as_ref().map(|g| g.id),
        group.as_ref().map(|g| g.version),
    );
    let name = group.as_ref().map(|g| g.name.clone());
    let description = group.as_ref().map(|g| g.description.clone());
    let kind = group.as_ref().map(|g| g.kind.as_str().to_string());
    let chosen_places = group
        .as_ref()
        .map(|g| g.neighbourhood_ids.clone())
        .unwrap_or_default();
    let chosen_seats = group.map(|g| g.membership_ids).unwrap_or_default();
    view! {
        <nav class="crumbs" aria-label=move || t_string!(i18n, directory.breadcrumbs)>
            <a href="/committees">{t!(i18n, nav.committees)}</a>
            <a href=format!("/committees/{}", committee.id)>{committee.name.clone()}</a>
            {id.map(|id| view! { <a href=format!("/working-groups/{id}")>{name.clone()}</a> })}
        </nav>
        <section class="panel narrow">
            <h1>{heading}</h1>
            <FailureAlert failure />
            <ActionForm action attr:novalidate=true>
                <input type="hidden" name="committee_id" value=committee.id />
                {id.map(|id| view! { <input type="hidden" name="id" value=id /> })}
                {version.map(|version| view! { <VersionField version errors /> })}
                <Field name="name" required=true preset=name.clone() errors>{t!(i18n, directory.name)}</Field>
                <SelectField name="kind" options=kinds selected=kind.unwrap_or_else(|| "thematic".into()) errors>
                    {t!(i18n, directory.kind)}
                </SelectField>
                <TextAreaField name="description" preset=description errors>{t!(i18n, directory.description)}</TextAreaField>
                <CheckList name="neighbourhoods" options=places chosen=chosen_places errors>
                    {t!(i18n, directory.group_neighbourhoods)}
                </CheckList>
                {if seats.is_empty() {
                    view! { <p class="muted">{t!(i18n, directory.no_members)}</p> }.into_any()
                } else {
                    view! {
                        <CheckList name="members" options=seats chosen=chosen_seats errors>
                            {t!(i18n, directory.group_members)}
                        </CheckList>
                    }.into_any()
                }}
                <button type="submit" class="button" disabled=move || action.pending().get()>
                    {t!(i18n, directory.save)}
                </button>
            </ActionForm>
        </section>
    }
}
