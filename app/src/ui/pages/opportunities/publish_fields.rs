//! The fields of an opportunity being published, the same from a centre's page and an
//! organisation's: its title, the role it asks for, the project it serves, what it is about.
use crate::domain::validation::FormErrors;
use crate::i18n::*;
use crate::model::directory::Named;
use crate::model::volunteers::RoleName;
use crate::ui::components::choice_field::{SelectField, TextAreaField};
use crate::ui::components::field::Field;
use crate::ui::components::volunteer_labels;
use leptos::prelude::*;

/// `(value, label)` options headed by an empty choice.
pub(crate) fn choices(
    empty: String,
    items: impl Iterator<Item = (i64, String)>,
) -> Vec<(String, String)> {
    std::iter::once((String::new(), empty))
        .chain(items.map(|(id, name)| (id.to_string(), name)))
        .collect()
}

#[component]
pub fn OpportunityFields(
    roles: Vec<RoleName>,
    projects: Vec<Named>,
    errors: Signal<FormErrors>,
) -> impl IntoView {
    let i18n = use_i18n();
    let role_options = choices(
        t_string!(i18n, centres.choose).to_string(),
        roles.iter().map(|r| (r.id, volunteer_labels::role(r))),
    );
    let project_options = choices(
        t_string!(i18n, shifts.no_project).to_string(),
        projects.into_iter().map(|p| (p.id, p.name)),
    );
    view! {
        <Field name="title" required=true errors>{t!(i18n, shifts.opportunity_title)}</Field>
        <SelectField name="role" options=role_options required=true errors>{t!(i18n, shifts.role)}</SelectField>
        <SelectField name="project" options=project_options errors>{t!(i18n, shifts.for_project)}</SelectField>
        <TextAreaField name="description" rows=4 errors>{t!(i18n, shifts.description)}</TextAreaField>
    }
}
