use super::own::OwnPage;
use super::service::{CertificateList, HoursList, ServiceTotals};
use super::shifts::MyShifts;
use super::suggestions::PlacementList;
use crate::i18n::*;
use crate::model::service::ServiceRecord;
use crate::model::volunteers::VolunteerView;
use crate::ui::components::print_button::PrintButton;
use crate::ui::components::{format, volunteer_labels};
use leptos::prelude::*;

/// `/volunteers/me/record`: the volunteer's résumé of service, theirs to print or save as a
/// PDF: who they are, their totals, where and as what, every day, every certificate.
#[component]
pub fn MyRecordPage() -> impl IntoView {
    let i18n = use_i18n();
    let title = t_string!(i18n, service.record_title).to_string();
    view! { <OwnPage title show=|v, record| view! { <Resume v record /> }.into_any() /> }
}

#[component]
fn Resume(v: VolunteerView, record: ServiceRecord) -> impl IntoView {
    let i18n = use_i18n();
    let roles = format::list(v.roles.iter().map(volunteer_labels::role));
    view! {
        <article class="printable record">
            <p class="no-print"><a href="/volunteers/me">{t!(i18n, volunteers.me)}</a></p>
            <h1 dir="auto">{t!(i18n, service.record_title)} ": " {v.name.clone()}</h1>
            <p class="no-print"><PrintButton label=t_string!(i18n, service.print).to_string() /></p>
            <dl class="facts">
                <dt>{t!(i18n, volunteers.intermediary)}</dt><dd dir="auto">{v.intermediary.name.clone()}</dd>
                <dt>{t!(i18n, volunteers.roles)}</dt><dd>{roles}</dd>
                <dt>{t!(i18n, volunteers.applied_on)}</dt><dd>{format::date(v.applied_at)}</dd>
                <dt>{t!(i18n, volunteers.state)}</dt><dd>{volunteer_labels::state(v.state)}</dd>
            </dl>
            <h2>{t!(i18n, service.heading)}</h2>
            <ServiceTotals record=record.clone() />
            {(!v.placements.is_empty()).then(|| view! {
                <h2>{t!(i18n, centres.my_placements)}</h2>
                <PlacementList list=v.placements.clone() />
            })}
            {(!record.shifts.is_empty()).then(|| view! { <MyShifts list=record.shifts.clone() /> })}
            <h2>{t!(i18n, service.days_caption)}</h2>
            <HoursList list=record.hours.clone() editable=false />
            <CertificateList list=record.certificates.clone() />
        </article>
    }
}
