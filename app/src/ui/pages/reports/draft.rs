use super::body::ReportView;
use super::prepare::PrepareForms;
use crate::api::reports::{get_report_choices, get_report_draft, FreezeReport};
use crate::api::AppError;
use crate::domain::report_rules::ScopeKind;
use crate::i18n::*;
use crate::model::reports::ReportBody;
use crate::ui::components::field_issue::IssueText;
use crate::ui::components::form_state::{form_errors, form_failure, FailureAlert};
use crate::ui::components::report_labels;
use crate::ui::pages::directory::LoadFailed;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// `/reports/draft?campaign=` or `?year=&part=`: for officials, the report as the records stand
/// now, with the form that freezes it.
#[component]
pub fn DraftPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let asked = move || {
        query.with(|q| {
            let get = |k: &str| q.get(k).unwrap_or_default();
            (get("campaign"), get("year"), get("part"))
        })
    };
    let draft = Resource::new(asked, |(campaign, year, part)| {
        get_report_draft(campaign, year, part)
    });
    let choices = Resource::new(|| (), |_| get_report_choices());
    view! {
        <Title text=t_string!(i18n, reports.draft_title).to_string() />
        <nav class="crumbs no-print" aria-label=move || t_string!(i18n, directory.breadcrumbs)>
            <a href="/reports">{t!(i18n, reports.title)}</a>
        </nav>
        <h1>{t!(i18n, reports.draft_title)}</h1>
        <Transition fallback=|| ()>
            {move || {
                let choices = choices.get()?;
                let draft = draft.get()?;
                Some(match (choices, draft) {
                    (Err(error), _) => view! { <LoadFailed error /> }.into_any(),
                    (Ok(choices), Err(AppError::Invalid(errors))) => view! {
                        <PrepareForms campaigns=choices.campaigns this_year=choices.this_year errors asked=asked() />
                    }.into_any(),
                    (Ok(_), Err(error)) => view! { <LoadFailed error /> }.into_any(),
                    (Ok(choices), Ok(body)) => view! {
                        <Draft body=body.clone() asked=asked() />
                        <PrepareForms campaigns=choices.campaigns this_year=choices.this_year asked=asked() />
                    }.into_any(),
                })
            }}
        </Transition>
    }
}

#[component]
fn Draft(body: ReportBody, asked: (String, String, String)) -> impl IntoView {
    let i18n = use_i18n();
    let covers = report_labels::covers(
        body.scope.unwrap_or(ScopeKind::Year),
        body.campaign.as_ref().map(|c| c.name.as_str()),
        body.year,
        body.part,
    );
    view! {
        <h2 class="report-title" dir="auto">{covers}</h2>
        <p class="draft-note" role="note">{t!(i18n, reports.draft_lead)}</p>
        <ReportView body />
        <FreezeForm asked />
    }
}

/// Freezing: the official ticks that a frozen report is never changed, then it is stored.
#[component]
fn FreezeForm(asked: (String, String, String)) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<FreezeReport>::new();
    let errors = form_errors(action.value());
    let failure = form_failure(action.value());
    let issue = move || errors.get().get("confirm");
    let (campaign, year, part) = asked;
    view! {
        <section class="panel no-print" aria-labelledby="freeze-h">
            <h2 id="freeze-h">{t!(i18n, reports.freeze)}</h2>
            <p class="hint">{t!(i18n, reports.freeze_hint)}</p>
            <FailureAlert failure />
            <ActionForm action attr:novalidate=true attr:aria-labelledby="freeze-h">
                <input type="hidden" name="campaign" value=campaign />
                <input type="hidden" name="year" value=year />
                <input type="hidden" name="part" value=part />
                <div class="field" class:invalid=move || issue().is_some()>
                    <label class="check">
                        <input
                            type="checkbox"
                            id="field-confirm"
                            name="confirm"
                            value="1"
                            aria-invalid=move || issue().is_some().then_some("true")
                            aria-describedby=move || issue().is_some().then_some("field-confirm-error")
                        />
                        {t!(i18n, reports.confirm)}
                    </label>
                    <p class="error" id="field-confirm-error" hidden=move || issue().is_none()>
                        {move || issue().map(|issue| view! { <IssueText issue /> })}
                    </p>
                </div>
                <button type="submit" class="button">{t!(i18n, reports.freeze)}</button>
            </ActionForm>
        </section>
    }
}
