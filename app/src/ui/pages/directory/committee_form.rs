use crate::api::directory::{get_committee, CreateCommittee, UpdateCommittee};
use crate::domain::codes::{CommitteeStatus, Dimension};
use crate::i18n::*;
use crate::model::directory::CommitteeDetail;
use crate::ui::components::choice_field::{SelectField, TextAreaField};
use crate::ui::components::field::Field;
use crate::ui::components::form_state::{form_errors, form_failure, FailureAlert};
use crate::ui::components::labels;
use crate::ui::components::version_field::VersionField;
use crate::ui::pages::directory::{id_param, LoadFailed, StaffOnly};
use leptos::prelude::*;
use leptos_meta::Title;

/// `/committees/new`: an official creates a committee.
#[component]
pub fn NewCommitteePage() -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<CreateCommittee>::new();
    let errors = form_errors(action.value());
    let failure = form_failure(action.value());
    view! {
        <Title text=t_string!(i18n, directory.new_committee).to_string() />
        <StaffOnly>
            <nav class="crumbs" aria-label=move || t_string!(i18n, directory.breadcrumbs)>
                <a href="/committees">{t!(i18n, nav.committees)}</a>
            </nav>
            <section class="panel narrow">
                <h1>{t!(i18n, directory.new_committee)}</h1>
                <FailureAlert failure />
                <ActionForm action attr:novalidate=true>
                    <CommitteeFields errors preset=None />
                    <button type="submit" class="button" disabled=move || action.pending().get()>
                        {t!(i18n, directory.create)}
                    </button>
                </ActionForm>
            </section>
        </StaffOnly>
    }
}

/// `/committees/{id}/edit`: an official renames, re-describes, dissolves or revives a committee.
#[component]
pub fn EditCommitteePage() -> impl IntoView {
    let i18n = use_i18n();
    let id = id_param();
    let committee = Resource::new(id, get_committee);
    view! {
        <Title text=t_string!(i18n, directory.edit_committee).to_string() />
        <StaffOnly>
            <Transition fallback=|| ()>
                {move || committee.get().map(|result| match result {
                    Err(error) => view! { <LoadFailed error /> }.into_any(),
                    Ok(committee) => view! { <EditCommitteeForm committee /> }.into_any(),
                })}
            </Transition>
        </StaffOnly>
    }
}

#[component]
fn EditCommitteeForm(committee: CommitteeDetail) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<UpdateCommittee>::new();
    let errors = form_errors(action.value());
    let failure = form_failure(action.value());
    let statuses = CommitteeStatus::ALL
        .iter()
        .map(|s| (s.as_str().to_string(), labels::committee_status(*s)))
        .collect::<Vec<_>>();
    let (id, version) = (committee.id, committee.version);
    let status = committee.status.as_str().to_string();
    view! {
        <nav class="crumbs" aria-label=move || t_string!(i18n, directory.breadcrumbs)>
            <a href="/committees">{t!(i18n, nav.committees)}</a>
            <a href=format!("/committees/{id}")>{committee.name.clone()}</a>
        </nav>
        <section class="panel narrow">
            <h1>{t!(i18n, directory.edit_committee)}</h1>
            <FailureAlert failure />
            <ActionForm action attr:novalidate=true>
                <input type="hidden" name="id" value=id />
                <VersionField version errors />
                <CommitteeFields errors preset=Some(committee) />
                <SelectField name="status" options=statuses selected=status errors>
                    {t!(i18n, directory.committee_status)}
                </SelectField>
                <p class="hint">{t!(i18n, directory.dissolve_hint)}</p>
                <button type="submit" class="button" disabled=move || action.pending().get()>
                    {t!(i18n, directory.save)}
                </button>
            </ActionForm>
        </section>
    }
}

/// Name, dimension and mandate, empty for a new committee or filled from an existing one.
#[component]
fn CommitteeFields(
    errors: Signal<crate::domain::validation::FormErrors>,
    preset: Option<CommitteeDetail>,
) -> impl IntoView {
    let i18n = use_i18n();
    let mut dimensions = vec![(String::new(), t_string!(i18n, directory.choose).to_string())];
    dimensions.extend(
        Dimension::ALL
            .iter()
            .map(|d| (d.as_str().to_string(), labels::dimension(*d))),
    );
    let (name, dimension, mandate) = match preset {
        Some(c) => (
            Some(c.name),
            Some(c.dimension.as_str().to_string()),
            Some(c.mandate),
        ),
        None => (None, None, None),
    };
    view! {
        <Field name="name" required=true preset=name errors>{t!(i18n, directory.name)}</Field>
        <SelectField name="dimension" options=dimensions selected=dimension.unwrap_or_default() errors>
            {t!(i18n, directory.dimension)}
        </SelectField>
        <TextAreaField name="mandate" preset=mandate errors>{t!(i18n, directory.mandate)}</TextAreaField>
    }
}
