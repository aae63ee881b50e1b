use crate::api::directory::get_person;
use crate::i18n::*;
use crate::model::directory::PersonDetail;
use crate::ui::components::{format, labels};
use crate::ui::pages::directory::{id_param, IfStaff, LoadFailed};
use leptos::prelude::*;
use leptos_meta::Title;

/// `/people/{id}`: name, affiliation, expertise, committee roles; contact details only for
/// those who share a committee with them, and officials.
#[component]
pub fn PersonPage() -> impl IntoView {
    let id = id_param();
    let detail = Resource::new(id, get_person);
    view! {
        <Transition fallback=|| ()>
            {move || detail.get().map(|result| match result {
                Err(error) => view! { <LoadFailed error /> }.into_any(),
                Ok(person) => view! { <Person person /> }.into_any(),
            })}
        </Transition>
    }
}

#[component]
fn Person(person: PersonDetail) -> impl IntoView {
    let i18n = use_i18n();
    let PersonDetail {
        id,
        name,
        organisation,
        affiliation,
        expertise,
        committees,
        contact,
        ..
    } = person;
    view! {
        <Title text=name.clone() />
        <h1>{name}</h1>
        <IfStaff>
            <p><a class="button secondary" href=format!("/people/{id}/edit")>{t!(i18n, directory.edit)}</a></p>
        </IfStaff>
        <section class="panel">
            <dl class="facts">
                {organisation.map(|o| view! {
                    <dt>{t!(i18n, directory.organisation)}</dt>
                    <dd><a href=format!("/organisations/{}", o.id)>{o.name}</a></dd>
                })}
                {(!affiliation.is_empty()).then(|| view! { <dt>{t!(i18n, directory.affiliation)}</dt><dd>{affiliation.clone()}</dd> })}
                {(!expertise.is_empty()).then(|| view! { <dt>{t!(i18n, directory.expertise)}</dt><dd>{expertise.clone()}</dd> })}
                {match contact {
                    Some((phone, email)) => view! {
                        {(!phone.is_empty()).then(|| view! { <dt>{t!(i18n, directory.phone)}</dt><dd dir="ltr">{format::digits(&phone)}</dd> })}
                        {(!email.is_empty()).then(|| view! { <dt>{t!(i18n, directory.email)}</dt><dd dir="ltr">{email.clone()}</dd> })}
                    }.into_any(),
                    None => view! {
                        <dt>{t!(i18n, directory.contact)}</dt><dd class="muted">{t!(i18n, directory.contact_hidden)}</dd>
                    }.into_any(),
                }}
            </dl>
        </section>
        <section class="panel" aria-labelledby="seats-h">
            <h2 id="seats-h">{t!(i18n, nav.committees)}</h2>
            {if committees.is_empty() {
                view! { <p class="muted">{t!(i18n, directory.no_seats)}</p> }.into_any()
            } else {
                view! {
                    <ul class="plain list">
                        {committees.into_iter().map(|s| view! {
                            <li><a href=format!("/committees/{}", s.committee.id)>{s.committee.name}</a> " " <span class="badge role">{labels::committee_role(s.role)}</span></li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}
