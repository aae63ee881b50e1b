use super::budget_field::BudgetField;
use super::missing_sections::MissingSections;
use crate::api::proposals::{proposal_options, SaveProposal};
use crate::api::AppError;
use crate::domain::codes::Dimension;
use crate::domain::proposal_rules::{BeneficiaryGroup, ProposalText};
use crate::i18n::*;
use crate::model::proposals::ProposalForm;
use crate::ui::components::check_list::CheckList;
use crate::ui::components::choice_field::{SelectField, TextAreaField};
use crate::ui::components::field::Field;
use crate::ui::components::form_state::{form_errors, form_failure, FailureAlert};
use crate::ui::components::version_field::VersionField;
use crate::ui::components::{format, labels, proposal_labels};
#[cfg(feature = "hydrate")]
use crate::ui::islands::live_check::judge;
use crate::ui::islands::live_check::Judged;
use crate::ui::islands::loader::IslandScripts;
use crate::ui::islands::{hydrated_marker, page_locale};
use crate::ui::pages::directory::{id_param, LoadFailed};
use leptos::prelude::*;
use leptos_meta::Title;

/// `/proposals/new`: draft a proposal, section by section.
#[component]
pub fn NewProposalPage() -> impl IntoView {
    let form = Resource::new(|| (), |_| proposal_options(None));
    view! { <FormPage form /> }
}

/// `/proposals/{id}/edit`: continue a draft, or revise after the committee asked.
#[component]
pub fn EditProposalPage() -> impl IntoView {
    let id = id_param();
    let form = Resource::new(id, |id| proposal_options(Some(id)));
    view! { <FormPage form /> }
}

#[component]
fn FormPage(form: Resource<Result<ProposalForm, AppError>>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Title text=t_string!(i18n, proposals.new_proposal).to_string() />
        <Transition fallback=|| ()>
            {move || form.get().map(|result| match result {
                Err(error) => view! { <LoadFailed error /> }.into_any(),
                Ok(form) => view! {
                    <IslandScripts />
                    <ProposalCheck locale=page_locale()>
                        <ProposalFields form />
                    </ProposalCheck>
                }.into_any(),
            })}
        </Transition>
    }
}

/// Around the server-rendered form: each field is checked as it is left, by the rule the server
/// applies, and the budget is read as it is typed (in Rials and Toman).
#[island(lazy)]
fn ProposalCheck(locale: Locale, children: Children) -> impl IntoView {
    let judged: Judged = StoredValue::new(Vec::new());
    let on_edit = move |ev: leptos::ev::Event| {
        #[cfg(feature = "hydrate")]
        {
            judge(&ev, locale, judged, &["budget_rials"], check);
            read_budget(&ev, locale);
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = (ev, locale, judged);
    };
    view! {
        <div data-hydrated=hydrated_marker() on:focusout=move |ev| on_edit(ev.into()) on:input=on_edit>
            {children()}
        </div>
    }
}

/// Shows the amount typed into the budget, grouped and in Toman, beside it.
#[cfg(feature = "hydrate")]
fn read_budget(ev: &leptos::ev::Event, locale: Locale) {
    use leptos::wasm_bindgen::JsCast;
    let Some(input) = ev
        .target()
        .and_then(|t| t.dyn_into::<leptos::web_sys::HtmlInputElement>().ok())
        .filter(|i| i.name() == "budget_rials")
    else {
        return;
    };
    let reading = crate::domain::money::optional_rials(&input.value())
        .ok()
        .flatten()
        .map(|amount| format::rials_in(locale, amount));
    if let Some(shown) = document().get_element_by_id("field-budget_rials-reading") {
        shown.set_text_content(reading.as_deref());
    }
}

#[component]
fn ProposalFields(form: ProposalForm) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<SaveProposal>::new();
    let errors = form_errors(action.value());
    let failure = form_failure(action.value());
    let ProposalForm {
        organisations,
        neighbourhoods,
        partners,
        assessments,
        values,
    } = form;
    let id = values.as_ref().map(|v| v.id);
    let version = values.as_ref().map(|v| v.version);
    let text = values.map(|v| v.text).unwrap_or_else(|| ProposalText {
        dimension: Dimension::Social.as_str().into(),
        ..Default::default()
    });
    let some = |s: &String| (!s.is_empty()).then(|| s.clone());
    let dimensions = Dimension::ALL
        .iter()
        .map(|d| (d.as_str().to_string(), labels::dimension(*d)))
        .collect::<Vec<_>>();
    let groups = BeneficiaryGroup::ALL
        .iter()
        .map(|g| (g.as_str().to_string(), proposal_labels::group(*g)))
        .collect::<Vec<_>>();
    let mut cite = vec![(
        String::new(),
        t_string!(i18n, proposals.no_assessment).to_string(),
    )];
    cite.extend(assessments.into_iter().map(|a| {
        let label = format!(
            "{} · {} · {}",
            a.neighbourhood,
            a.organisation,
            format::day(&a.day)
        );
        (a.id.to_string(), label)
    }));
    let as_options = |list: Vec<crate::model::directory::Named>| {
        list.into_iter().map(|n| (n.id, n.name)).collect::<Vec<_>>()
    };
    let proposers = organisations
        .iter()
        .map(|o| (o.id.to_string(), o.name.clone()))
        .collect::<Vec<_>>();
    let heading = if id.is_some() {
        t_string!(i18n, proposals.edit)
    } else {
        t_string!(i18n, proposals.new_proposal)
    };
    view! {
        <nav class="crumbs" aria-label=move || t_string!(i18n, directory.breadcrumbs)>
            <a href="/proposals">{t!(i18n, nav.proposals)}</a>
            {id.map(|id| view! { <a href=format!("/proposals/{id}")>{text.title.clone()}</a> })}
        </nav>
        <h1>{heading}</h1>
        <p class="hint">{t!(i18n, proposals.draft_hint)}</p>
        <FailureAlert failure />
        <MissingSections errors />
        <ActionForm action attr:novalidate=true attr:class="sectioned">
            {id.map(|id| view! { <input type="hidden" name="id" value=id /> })}
            {version.map(|v| view! { <VersionField version=v errors /> })}
            <fieldset class="panel">
                <legend>{t!(i18n, proposals.section_summary)}</legend>
                {if id.is_none() && proposers.len() > 1 {
                    view! {
                        <SelectField name="organisation_id" options=proposers.clone() errors>
                            {t!(i18n, proposals.proposing_as)}
                        </SelectField>
                    }.into_any()
                } else {
                    let first = proposers.first().map(|(id, _)| id.clone()).unwrap_or_default();
                    view! { <input type="hidden" name="organisation_id" value=first /> }.into_any()
                }}
                <Field name="title" required=true preset=some(&text.title) errors>{t!(i18n, proposals.title)}</Field>
                <TextAreaField name="summary" rows=3 preset=some(&text.summary) errors>{t!(i18n, proposals.summary)}</TextAreaField>
            </fieldset>
            <fieldset class="panel">
                <legend>{t!(i18n, proposals.section_where)}</legend>
                <SelectField name="dimension" options=dimensions selected=text.dimension.clone() errors>
                    {t!(i18n, directory.dimension)}
                </SelectField>
                <CheckList name="neighbourhoods" options=as_options(neighbourhoods) chosen=text.neighbourhood_ids.clone() errors>
                    {t!(i18n, proposals.neighbourhoods)}
                </CheckList>
            </fieldset>
            <fieldset class="panel">
                <legend>{t!(i18n, proposals.section_objectives)}</legend>
                <TextAreaField name="objectives" rows=4 preset=some(&text.objectives) errors>{t!(i18n, proposals.objectives)}</TextAreaField>
            </fieldset>
            <fieldset class="panel">
                <legend>{t!(i18n, proposals.section_beneficiaries)}</legend>
                <Field name="beneficiaries" preset=some(&text.beneficiaries) hint=t!(i18n, directory.number_hint).into_any() errors>
                    {t!(i18n, proposals.beneficiaries)}
                </Field>
                <CheckList name="groups" options=groups chosen=text.groups.clone() errors>
                    {t!(i18n, proposals.groups)}
                </CheckList>
            </fieldset>
            <fieldset class="panel">
                <legend>{t!(i18n, proposals.section_activities)}</legend>
                <TextAreaField name="activities" rows=4 preset=some(&text.activities) errors>{t!(i18n, proposals.activities)}</TextAreaField>
                <Field name="duration_months" preset=some(&text.duration_months) hint=t!(i18n, proposals.duration_hint).into_any() errors>
                    {t!(i18n, proposals.duration)}
                </Field>
            </fieldset>
            <fieldset class="panel">
                <legend>{t!(i18n, proposals.section_budget)}</legend>
                <BudgetField preset=some(&text.budget_rials) errors />
            </fieldset>
            <fieldset class="panel">
                <legend>{t!(i18n, proposals.section_partners)}</legend>
                <CheckList name="partners" options=as_options(partners) chosen=text.partner_ids.clone() errors>
                    {t!(i18n, proposals.partners)}
                </CheckList>
                <SelectField name="assessment_id" options=cite selected=text.assessment_id.map(|a| a.to_string()).unwrap_or_default() errors>
                    {t!(i18n, proposals.assessment)}
                </SelectField>

            </fieldset>
            <p class="row-actions">
                <button type="submit" name="then" value="draft" class="button secondary" disabled=move || action.pending().get()>
                    {t!(i18n, proposals.save_draft)}
                </button>
                <button type="submit" name="then" value="continue" class="button" disabled=move || action.pending().get()>
                    {t!(i18n, proposals.save_continue)}
                </button>
            </p>
            <p class="hint">{t!(i18n, proposals.continue_hint)}</p>
        </ActionForm>
    }
}

/// The issues of the form as it stands, by the rule the server applies.
#[cfg(feature = "hydrate")]
fn check(input: SaveProposal) -> crate::domain::validation::FormErrors {
    crate::domain::proposal_rules::check_fields(&text_of(input))
        .err()
        .unwrap_or_default()
}

/// What the form holds, read as the server action reads it.
#[cfg(feature = "hydrate")]
fn text_of(input: SaveProposal) -> ProposalText {
    ProposalText {
        title: input.title,
        summary: input.summary,
        dimension: input.dimension,
        objectives: input.objectives,
        beneficiaries: input.beneficiaries,
        groups: input.groups,
        activities: input.activities,
        duration_months: input.duration_months,
        budget_rials: input.budget_rials,
        neighbourhood_ids: input.neighbourhoods,
        partner_ids: input.partners,
        assessment_id: input.assessment_id.trim().parse().ok(),
    }
}
