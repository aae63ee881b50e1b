use crate::api::directory::get_organisation;
use crate::domain::codes::OrgStatus;
use crate::i18n::*;
use crate::model::directory::{Capacity, OrganisationDetail};
use crate::ui::components::refresh::provide_refresh;
use crate::ui::components::{format, labels};
use crate::ui::pages::directory::committee::History;
use crate::ui::pages::directory::representatives::Representatives;
use crate::ui::pages::directory::verification::Verification;
use crate::ui::pages::directory::{id_param, IfStaff, LoadFailed};
use leptos::prelude::*;
use leptos_meta::Title;

/// `/organisations/{id}`: profile, verification status (with a rejection's reason for its
/// representatives), neighbourhoods, capacities, committee seats, people.
#[component]
pub fn OrganisationPage() -> impl IntoView {
    let id = id_param();
    let refresh = provide_refresh();
    let detail = Resource::new(
        move || (id(), refresh.0.get()),
        |(id, _)| get_organisation(id),
    );
    view! {
        <Transition fallback=|| ()>
            {move || detail.get().map(|result| match result {
                Err(error) => view! { <LoadFailed error /> }.into_any(),
                Ok(organisation) => view! { <Organisation organisation /> }.into_any(),
            })}
        </Transition>
    }
}

#[component]
fn Organisation(organisation: OrganisationDetail) -> impl IntoView {
    let i18n = use_i18n();
    let o = organisation;
    let card = o.card.clone();
    let dims = format::list(card.dimensions.iter().map(|d| labels::dimension(*d)));
    view! {
        <Title text=card.name.clone() />
        <nav class="crumbs" aria-label=move || t_string!(i18n, directory.breadcrumbs)>
            <a href="/organisations">{t!(i18n, nav.organisations)}</a>
        </nav>
        <h1>
            {o.logo.map(|v| view! {
                <img class="logo" src=format!("/organisations/{}/logo?v={v}", card.id) alt="" width="64" height="64" />
            })}
            {card.name.clone()}
        </h1>
        <p>
            <span class="badge">{labels::org_kind(card.kind)}</span> " "
            <span class=if card.status == OrgStatus::Verified { "badge ok" } else { "badge danger" }>{labels::org_status(card.status)}</span>
            {o.is_intermediary.then(|| view! { " " <span class="badge">{t!(i18n, volunteers.intermediary_badge)}</span> })}
        </p>
        {(card.status == OrgStatus::Pending).then(|| view! {
            <p class="panel notice" role="status">{t!(i18n, directory.pending_notice)}</p>
        })}
        {(card.status == OrgStatus::Rejected && !o.rejection_reason.is_empty()).then(|| view! {
            <p class="panel notice" role="status">{t!(i18n, directory.rejected_because)} " " {o.rejection_reason.clone()}</p>
        })}
        {o.may_edit.then(|| view! {
            <p class="actions">
                <a class="button secondary" href=format!("/organisations/{}/edit", card.id)>{t!(i18n, directory.edit)}</a>
                " "
                <a class="button secondary" href=format!("/organisations/{}/capacities/new", card.id)>{t!(i18n, directory.add_capacity)}</a>
            </p>
        })}
        {(card.status != OrgStatus::Verified).then(|| view! { <IfStaff><Verification organisation_id=card.id /></IfStaff> })}
        <div class="columns">
            <section class="panel" aria-labelledby="profile-h">
                <h2 id="profile-h">{t!(i18n, directory.profile)}</h2>
                {(!o.description.is_empty()).then(|| view! { <p class="prose">{o.description.clone()}</p> })}
                <dl class="facts">
                    {(!dims.is_empty()).then(|| view! { <dt>{t!(i18n, directory.dimensions)}</dt><dd>{dims.clone()}</dd> })}
                    {o.registration_no.clone().map(|r| view! { <dt>{t!(i18n, directory.registration_no)}</dt><dd>{format::digits(&r)}</dd> })}
                    {(!o.address.is_empty()).then(|| view! { <dt>{t!(i18n, directory.address)}</dt><dd>{o.address.clone()}</dd> })}
                    {(!o.phone.is_empty()).then(|| view! { <dt>{t!(i18n, directory.phone)}</dt><dd dir="ltr">{format::digits(&o.phone)}</dd> })}
                    {(!o.email.is_empty()).then(|| view! { <dt>{t!(i18n, directory.email)}</dt><dd dir="ltr">{o.email.clone()}</dd> })}
                    {(!o.website.is_empty()).then(|| view! { <dt>{t!(i18n, directory.website)}</dt><dd dir="ltr"><a href=o.website.clone() rel="noopener noreferrer">{o.website.clone()}</a></dd> })}
                </dl>
            </section>
            <section class="panel" aria-labelledby="seats-h">
                <h2 id="seats-h">{t!(i18n, nav.committees)}</h2>
                {if o.committees.is_empty() {
                    view! { <p class="muted">{t!(i18n, directory.no_seats)}</p> }.into_any()
                } else {
                    view! {
                        <ul class="plain list">
                            {o.committees.clone().into_iter().map(|s| view! {
                                <li><a href=format!("/committees/{}", s.committee.id)>{s.committee.name}</a> " " <span class="badge role">{labels::committee_role(s.role)}</span></li>
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }}
                <h2>{t!(i18n, nav.neighbourhoods)}</h2>
                {if o.neighbourhoods.is_empty() {
                    view! { <p class="muted">{t!(i18n, directory.no_neighbourhoods)}</p> }.into_any()
                } else {
                    view! {
                        <ul class="plain inline-list">
                            {o.neighbourhoods.clone().into_iter().map(|n| view! {
                                <li><a href=format!("/neighbourhoods/{}", n.id)>{n.name}</a></li>
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }}
                {(!o.people.is_empty()).then(|| view! {
                    <h2>{t!(i18n, directory.people)}</h2>
                    <ul class="plain list">
                        {o.people.clone().into_iter().map(|p| view! { <li><a href=format!("/people/{}", p.id)>{p.name}</a></li> }).collect_view()}
                    </ul>
                })}
            </section>
        </div>
        <section class="panel" aria-labelledby="capacities-h">
            <h2 id="capacities-h">{t!(i18n, directory.capacities)}</h2>
            <CapacityTable capacities=o.capacities.clone() show_organisation=false editable=o.may_edit />
        </section>
        <crate::ui::pages::centres::CentresOfPanel organisation=card.id />
        <crate::ui::pages::opportunities::PublishedOpportunitiesPanel organisation=card.id />
        <crate::ui::pages::pairings::PairingsOfPanel organisation=card.id />
        <crate::ui::pages::actions::ActionsOfPlace of="organisation" id=card.id />
        <crate::ui::pages::volunteers::IntermediaryPanel
            organisation_id=card.id
            is_intermediary=o.is_intermediary
            by_state=o.volunteers_by_state.clone()
            may_mark=o.may_mark_intermediary
        />
        {o.representatives.clone().map(|people| view! { <Representatives organisation_id=card.id people /> })}
        {o.history.clone().map(|entries| view! { <History entries /> })}
    }
}

/// Capacities as a table: kind, quantity and unit, description, where, from when.
#[component]
pub fn CapacityTable(
    capacities: Vec<Capacity>,
    show_organisation: bool,
    /// Whether each row links to its edit form (the organisation's representatives, officials).
    #[prop(optional)]
    editable: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    if capacities.is_empty() {
        return view! { <p class="muted">{t!(i18n, directory.no_capacities)}</p> }.into_any();
    }
    view! {
        <div class="table-wrap">
            <table class="data">
                <thead>
                    <tr>
                        {show_organisation.then(|| view! { <th scope="col">{t!(i18n, directory.organisation)}</th> })}
                        <th scope="col">{t!(i18n, directory.kind)}</th>
                        <th scope="col">{t!(i18n, directory.quantity)}</th>
                        <th scope="col">{t!(i18n, directory.description)}</th>
                        <th scope="col">{t!(i18n, nav.neighbourhoods)}</th>
                        <th scope="col">{t!(i18n, directory.available)}</th>
                        {editable.then(|| view! { <th scope="col"><span class="visually-hidden">{t!(i18n, directory.edit)}</span></th> })}
                    </tr>
                </thead>
                <tbody>
                    {capacities.into_iter().map(|c| {
                        let places = format::list(c.neighbourhoods.iter().map(|n| n.name.clone()));
                        let available = match (&c.available_from, &c.available_until) {
                            (Some(from), Some(until)) => format!("{} – {}", format::day(from), format::day(until)),
                            (Some(from), None) => format!("{} {}", t_string!(i18n, directory.since), format::day(from)),
                            _ => String::new(),
                        };
                        view! {
                            <tr>
                                {show_organisation.then(|| view! { <td><a href=format!("/organisations/{}", c.organisation.id)>{c.organisation.name.clone()}</a></td> })}
                                <td>{labels::capacity_kind(c.kind)}</td>
                                <td class="number">{format::grouped(c.quantity)} " " {c.unit}</td>
                                <td>{c.description}</td>
                                <td>{places}</td>
                                <td>{available}</td>
                                {editable.then(|| view! {
                                    <td><a href=format!("/capacities/{}/edit", c.id)>{t!(i18n, directory.edit)}</a></td>
                                })}
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
    .into_any()
}
