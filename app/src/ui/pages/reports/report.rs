use super::body::ReportView;
use crate::api::reports::get_report;
use crate::i18n::*;
use crate::model::reports::FrozenReport;
use crate::ui::components::print_button::PrintButton;
use crate::ui::components::{format, report_labels};
use crate::ui::pages::directory::LoadFailed;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

/// `/reports/{id}`: a frozen report as it was stored, for everyone: printable on A4, and
/// downloadable as an Excel workbook and as the JSON the national headquarters merges.
#[component]
pub fn ReportPage() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.with(|p| p.get("id").and_then(|id| id.parse::<i64>().ok()));
    let report = Resource::new(id, |id| async move {
        match id {
            Some(id) => get_report(id).await,
            None => Err(crate::api::AppError::NotFound),
        }
    });
    view! {
        <Transition fallback=|| ()>
            {move || report.get().map(|result| match result {
                Err(error) => view! { <LoadFailed error /> }.into_any(),
                Ok(report) => view! { <Report report /> }.into_any(),
            })}
        </Transition>
    }
}

#[component]
fn Report(report: FrozenReport) -> impl IntoView {
    let i18n = use_i18n();
    let FrozenReport {
        card,
        frozen_by,
        body,
    } = report;
    let covers = report_labels::covers(
        card.scope,
        body.campaign.as_ref().map(|c| c.name.as_str()),
        card.year,
        card.part,
    );
    let number = format::digits(&card.number);
    let title = t_string!(
        i18n,
        reports.title_of,
        number = number.clone(),
        covers = covers.clone()
    )
    .to_string();
    let id = card.id;
    view! {
        <Title text=title />
        <nav class="crumbs no-print" aria-label=move || t_string!(i18n, directory.breadcrumbs)>
            <a href="/reports">{t!(i18n, reports.title)}</a>
            {card.campaign.clone().map(|c| view! { <a href=format!("/campaigns/{}", c.id)><bdi>{c.name}</bdi></a> })}
        </nav>
        <header class="letterhead print-only">
            <p class="letterhead-issuer">{t!(i18n, meetings.letterhead)}</p>
            <dl class="letterhead-ref">
                <dt>{t!(i18n, reports.number)}</dt><dd>{number}</dd>
                <dt>{t!(i18n, reports.frozen_on)}</dt><dd>{format::date(card.frozen_at)}</dd>
            </dl>
        </header>
        <h1 dir="auto">{t!(i18n, reports.report_of, covers = covers)}</h1>
        <p class="muted">{t!(i18n, reports.frozen_by, name = frozen_by)}</p>
        <p class="row-actions no-print">
            <PrintButton label=t_string!(i18n, reports.print).to_string() />
            <a class="button secondary" href=format!("/reports/{id}/report.xlsx") download>{t!(i18n, reports.export_xlsx)}</a>
            <a class="button secondary" href=format!("/reports/{id}/report.json") download>{t!(i18n, reports.export_json)}</a>
        </p>
        <ReportView body />
    }
}
