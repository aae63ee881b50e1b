//! The fields of what a volunteer offers (how to reach them, birth year, gender, home, roles,
//! week, skills): the registration form and the volunteer's own edit share them.
use crate::domain::availability::Week;
use crate::domain::validation::FormErrors;
use crate::domain::volunteer_rules::{Gender, SkillLevel, SKILL_ROWS};
use crate::i18n::*;
use crate::model::directory::Named;
use crate::model::volunteers::RoleName;
use crate::ui::components::availability_grid::AvailabilityGrid;
use crate::ui::components::check_list::CheckList;
use crate::ui::components::choice_field::SelectField;
use crate::ui::components::field::Field;
use crate::ui::components::field_issue::IssueText;
use crate::ui::components::volunteer_labels;
use leptos::prelude::*;

/// What the fields start from: empty for a registration, the profile for an edit.
#[derive(Clone, Debug, Default)]
pub struct OfferPreset {
    pub mobile: Option<String>,
    pub birth_year: Option<String>,
    pub gender: String,
    pub neighbourhood: String,
    pub roles: Vec<i64>,
    pub week: Week,
    pub skills: Vec<(String, String)>,
}

#[component]
pub fn OfferFields(
    roles: Vec<RoleName>,
    neighbourhoods: Vec<Named>,
    preset: OfferPreset,
    errors: Signal<FormErrors>,
) -> impl IntoView {
    let i18n = use_i18n();
    let genders: Vec<(String, String)> = std::iter::once((
        String::new(),
        t_string!(i18n, volunteers.gender_unsaid).to_string(),
    ))
    .chain(Gender::ALL.iter().map(|g| {
        let label = match g {
            Gender::Female => t_string!(i18n, volunteers.female),
            Gender::Male => t_string!(i18n, volunteers.male),
        };
        (g.as_str().to_string(), label.to_string())
    }))
    .collect();
    let homes: Vec<(String, String)> = std::iter::once((
        String::new(),
        t_string!(i18n, volunteers.neighbourhood_none).to_string(),
    ))
    .chain(
        neighbourhoods
            .into_iter()
            .map(|n| (n.id.to_string(), n.name)),
    )
    .collect();
    let role_options: Vec<(i64, String)> = roles
        .iter()
        .map(|r| (r.id, volunteer_labels::role(r)))
        .collect();
    let OfferPreset {
        mobile,
        birth_year,
        gender,
        neighbourhood,
        roles: chosen_roles,
        week,
        skills,
    } = preset;
    view! {
        <Field name="mobile" kind="tel" dir="ltr" autocomplete="tel" required=true preset=mobile hint=t!(i18n, volunteers.mobile_hint).into_any() errors>{t!(i18n, volunteers.mobile)}</Field>
        <Field name="birth_year" dir="ltr" required=true preset=birth_year hint=t!(i18n, volunteers.birth_year_hint).into_any() errors>{t!(i18n, volunteers.birth_year)}</Field>
        <SelectField name="gender" options=genders selected=gender errors>{t!(i18n, volunteers.gender)}</SelectField>
        <SelectField name="neighbourhood" options=homes selected=neighbourhood errors>{t!(i18n, volunteers.neighbourhood)}</SelectField>
        <CheckList name="roles" options=role_options chosen=chosen_roles errors>{t!(i18n, volunteers.roles)}</CheckList>
        <AvailabilityGrid chosen=week hint=t!(i18n, volunteers.availability_hint).into_any() errors>{t!(i18n, volunteers.availability)}</AvailabilityGrid>
        <SkillRows preset=skills errors />
    }
}

/// Up to three skills, each with a level; empty rows are ignored.
#[component]
fn SkillRows(preset: Vec<(String, String)>, errors: Signal<FormErrors>) -> impl IntoView {
    let i18n = use_i18n();
    let issue = move || errors.get().get("skills");
    let kept = |field: &str, separator: char| {
        errors.with_untracked(|e| {
            e.kept(field)
                .map(|k| k.split(separator).map(str::to_string).collect::<Vec<_>>())
        })
    };
    let names = kept("skill_names", '\u{1f}')
        .unwrap_or_else(|| preset.iter().map(|(name, _)| name.clone()).collect());
    let levels = kept("skill_levels", ',')
        .unwrap_or_else(|| preset.iter().map(|(_, level)| level.clone()).collect());
    view! {
        <fieldset id="field-skills" class="field" class:invalid=move || issue().is_some()
            aria-describedby=move || issue().is_some().then_some("field-skills-error")>
            <legend>{t!(i18n, volunteers.skills)}</legend>
            {(0..SKILL_ROWS).map(|row| {
                let name = names.get(row).cloned().unwrap_or_default();
                let level = levels.get(row).cloned().unwrap_or_else(|| "skilled".into());
                view! {
                    <div class="row-fields">
                        <label for=format!("skill-{row}")>{t!(i18n, volunteers.skill)}</label>
                        <input type="text" id=format!("skill-{row}") name="skill_names[]" value=name />
                        <label for=format!("skill-level-{row}")>{t!(i18n, volunteers.level)}</label>
                        <select id=format!("skill-level-{row}") name="skill_levels[]">
                            {SkillLevel::ALL.iter().map(|l| {
                                let chosen = l.as_str() == level;
                                view! { <option value=l.as_str() selected=chosen>{volunteer_labels::level(*l)}</option> }
                            }).collect_view()}
                        </select>
                    </div>
                }
            }).collect_view()}
            <p class="error" id="field-skills-error" hidden=move || issue().is_none()>
                {move || issue().map(|issue| view! { <IssueText issue /> })}
            </p>
        </fieldset>
    }
}
