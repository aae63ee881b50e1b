//! The officials' forms that open a draft report: of a campaign, or of a Jalali year, season
//! or month. Plain GET forms: a draft changes nothing.
use crate::domain::validation::FormErrors;
use crate::i18n::*;
use crate::model::directory::Named;
use crate::ui::components::choice_field::SelectField;
use crate::ui::components::field::Field;
use crate::ui::components::report_labels::part_options;
use leptos::prelude::*;

#[component]
pub fn PrepareForms(
    campaigns: Vec<Named>,
    this_year: i32,
    #[prop(default = FormErrors::default())] errors: FormErrors,
    /// What the draft being shown was asked for: campaign, year, part.
    #[prop(default = Default::default())]
    asked: (String, String, String),
) -> impl IntoView {
    let i18n = use_i18n();
    let campaign_options: Vec<(String, String)> = std::iter::once((
        String::new(),
        t_string!(i18n, reports.choose_campaign).to_string(),
    ))
    .chain(campaigns.into_iter().map(|c| (c.id.to_string(), c.name)))
    .collect();
    let (campaign, year, part) = asked;
    let year = Some(year)
        .filter(|y| !y.is_empty())
        .unwrap_or_else(|| this_year.to_string());
    let errors = Signal::stored(errors);
    view! {
        <section class="panel no-print" aria-labelledby="prepare-h">
            <h2 id="prepare-h">{t!(i18n, reports.prepare)}</h2>
            <p class="hint">{t!(i18n, reports.prepare_hint)}</p>
            <div class="prepare-forms">
                <form method="get" action="/reports/draft" aria-labelledby="by-campaign-h">
                    <h3 id="by-campaign-h">{t!(i18n, reports.by_campaign)}</h3>
                    <SelectField name="campaign" options=campaign_options selected=campaign required=true errors>
                        {t!(i18n, actions.campaign)}
                    </SelectField>
                    <button type="submit" class="button secondary">{t!(i18n, reports.show_draft)}</button>
                </form>
                <form method="get" action="/reports/draft" aria-labelledby="by-period-h">
                    <h3 id="by-period-h">{t!(i18n, reports.by_period)}</h3>
                    <Field name="year" errors preset=Some(year) required=true>{t!(i18n, reports.year)}</Field>
                    <SelectField name="part" options=part_options() selected=part errors>{t!(i18n, reports.part)}</SelectField>
                    <button type="submit" class="button secondary">{t!(i18n, reports.show_draft)}</button>
                </form>
            </div>
        </section>
    }
}
