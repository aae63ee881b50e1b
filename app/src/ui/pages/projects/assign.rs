use crate::api::projects::{assignment_options, AssignProject};
use crate::domain::validation::FormErrors;
use crate::i18n::*;
use crate::model::directory::Named;
use crate::model::projects::AssignmentForm;
use crate::ui::components::check_list::CheckList;
use crate::ui::components::choice_field::SelectField;
use crate::ui::components::field::Field;
use crate::ui::components::field_issue::IssueText;
use crate::ui::components::form_state::{form_errors, form_failure, FailureAlert};
use crate::ui::components::format;
use crate::ui::components::version_field::VersionField;
use crate::ui::pages::directory::{id_param, LoadFailed};
use crate::ui::pages::proposals::budget_field::BudgetField;
use leptos::prelude::*;
use leptos_meta::Title;

const PARTNER_ROWS: usize = 4;
const MILESTONE_ROWS: usize = 6;

/// `/projects/{id}/assign`: officials assign the lead agency, partners, people, budget, plan
/// and milestones.
#[component]
pub fn AssignProjectPage() -> impl IntoView {
    let i18n = use_i18n();
    let id = id_param();
    let form = Resource::new(id, assignment_options);
    view! {
        <Title text=t_string!(i18n, projects.assign).to_string() />
        <Transition fallback=|| ()>
            {move || form.get().map(|result| match result {
                Err(error) => view! { <LoadFailed error /> }.into_any(),
                Ok(form) => view! { <AssignmentFields form /> }.into_any(),
            })}
        </Transition>
    }
}

fn options(list: &[Named]) -> Vec<(String, String)> {
    list.iter()
        .map(|n| (n.id.to_string(), n.name.clone()))
        .collect()
}

#[component]
fn AssignmentFields(form: AssignmentForm) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<AssignProject>::new();
    let errors = form_errors(action.value());
    let failure = form_failure(action.value());
    let id = form.project.id;
    let mut agencies = vec![(String::new(), t_string!(i18n, directory.choose).to_string())];
    agencies.extend(options(&form.agencies));
    let organisations = form.organisations.clone();
    let partner_issue = move || errors.get().get("partners");
    let milestone_issue = move || errors.get().get("milestones");
    let some = |s: &String| (!s.is_empty()).then(|| s.clone());
    view! {
        <nav class="crumbs" aria-label=move || t_string!(i18n, directory.breadcrumbs)>
            <a href="/projects">{t!(i18n, nav.projects)}</a>
            <a href=format!("/projects/{id}")>{form.project.name.clone()}</a>
        </nav>
        <h1>{t!(i18n, projects.assign)}</h1>
        <FailureAlert failure />
        <ActionForm action attr:novalidate=true attr:class="sectioned">
            <input type="hidden" name="id" value=id />
            <VersionField version=form.version errors />
            <fieldset class="panel">
                <legend>{t!(i18n, projects.lead)}</legend>
                <SelectField name="lead" options=agencies selected=form.lead.map(|l| l.to_string()).unwrap_or_default() errors>
                    {t!(i18n, projects.lead)}
                </SelectField>
                <BudgetField preset=some(&form.budget_rials) errors />
                <Field name="planned_start" dir="ltr" preset=some(&form.planned_start) hint=t!(i18n, directory.date_hint).into_any() errors>
                    {t!(i18n, projects.planned_start)}
                </Field>
                <Field name="planned_end" dir="ltr" preset=some(&form.planned_end) errors>{t!(i18n, projects.planned_end)}</Field>
            </fieldset>
            <fieldset class="panel" aria-describedby=move || partner_issue().is_some().then_some("field-partners-error")>
                <legend>{t!(i18n, proposals.partners)}</legend>
                {(0..PARTNER_ROWS).map(|i| {
                    let current = form.partners.get(i).cloned();
                    view! { <PartnerRow i organisations=organisations.clone() current /> }
                }).collect_view()}
                <p class="error" id="field-partners-error" hidden=move || partner_issue().is_none()>
                    {move || partner_issue().map(|issue| view! { <IssueText issue /> })}
                </p>
            </fieldset>
            <fieldset class="panel">
                <legend>{t!(i18n, projects.people_and_places)}</legend>
                <CheckList name="people" options=form.people.iter().map(|p| (p.id, p.name.clone())).collect() chosen=form.chosen_people.clone() errors>
                    {t!(i18n, projects.people)}
                </CheckList>
                <CheckList name="neighbourhoods" options=form.neighbourhoods.iter().map(|n| (n.id, n.name.clone())).collect() chosen=form.chosen_neighbourhoods.clone() errors>
                    {t!(i18n, proposals.neighbourhoods)}
                </CheckList>
            </fieldset>
            <fieldset class="panel" aria-describedby=move || milestone_issue().is_some().then_some("field-milestones-error")>
                <legend>{t!(i18n, projects.milestones)}</legend>
                <p class="hint">{t!(i18n, projects.milestones_hint)}</p>
                {(0..MILESTONE_ROWS).map(|i| {
                    let current = form.milestones.get(i).cloned().unwrap_or_default();
                    view! { <MilestoneRow i current errors /> }
                }).collect_view()}
                <p class="error" id="field-milestones-error" hidden=move || milestone_issue().is_none()>
                    {move || milestone_issue().map(|issue| view! { <IssueText issue /> })}
                </p>
            </fieldset>
            <button type="submit" class="button" disabled=move || action.pending().get()>{t!(i18n, directory.save)}</button>
        </ActionForm>
    }
}

/// One partner and its role; "none" sends 0, which the server skips.
#[component]
fn PartnerRow(
    i: usize,
    organisations: Vec<Named>,
    current: Option<(i64, String)>,
) -> impl IntoView {
    let i18n = use_i18n();
    let chosen = current.as_ref().map(|(o, _)| *o).unwrap_or(0);
    let role = current.map(|(_, r)| r).unwrap_or_default();
    let n = i as i64 + 1;
    view! {
        <div class="need-row">
            <label for=format!("partner-{i}")>{t!(i18n, projects.partner_n, n = move || format::number(n))}</label>
            <select id=format!("partner-{i}") name="partners[]">
                <option value="0">{t!(i18n, directory.none)}</option>
                {organisations.into_iter().map(|o| view! {
                    <option value=o.id.to_string() selected=o.id == chosen>{o.name}</option>
                }).collect_view()}
            </select>
            <label class="visually-hidden" for=format!("partner-role-{i}")>{t!(i18n, projects.partner_role_n, n = move || format::number(n))}</label>
            <input id=format!("partner-role-{i}") name="partner_roles[]" value=role dir="auto"
                placeholder=move || t_string!(i18n, projects.partner_role).to_string() />
        </div>
    }
}

/// One milestone: title, due day, weight; refilled from the echo after a refusal.
#[component]
fn MilestoneRow(
    i: usize,
    current: crate::domain::project_rules::MilestoneText,
    errors: Signal<FormErrors>,
) -> impl IntoView {
    let i18n = use_i18n();
    let kept = |key: String, fallback: String| {
        errors
            .with_untracked(|e| e.kept(&key).map(str::to_string))
            .unwrap_or(fallback)
    };
    let title = kept(format!("milestone_title_{i}"), current.title);
    let due = kept(format!("milestone_due_{i}"), current.due_on);
    let weight = kept(format!("milestone_weight_{i}"), current.weight);
    let n = i as i64 + 1;
    view! {
        <div class="need-row">
            <label for=format!("milestone-{i}")>{t!(i18n, projects.milestone_n, n = move || format::number(n))}</label>
            <input id=format!("milestone-{i}") name="milestone_titles[]" value=title dir="auto" />
            <label class="visually-hidden" for=format!("milestone-due-{i}")>{t!(i18n, projects.milestone_due_n, n = move || format::number(n))}</label>
            <input id=format!("milestone-due-{i}") name="milestone_dues[]" value=due dir="ltr" inputmode="numeric"
                placeholder=move || t_string!(i18n, projects.due_placeholder).to_string() />
            <label class="visually-hidden" for=format!("milestone-weight-{i}")>{t!(i18n, projects.milestone_weight_n, n = move || format::number(n))}</label>
            <input id=format!("milestone-weight-{i}") name="milestone_weights[]" value=weight dir="ltr" inputmode="numeric" size="4"
                placeholder=move || t_string!(i18n, projects.weight_placeholder).to_string() />
        </div>
    }
}
