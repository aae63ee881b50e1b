use crate::api::directory::get_committee;
use crate::i18n::*;
use crate::model::directory::{CommitteeDetail, HistoryEntry, WorkingGroupCard};
use crate::ui::components::refresh::provide_refresh;
use crate::ui::components::{format, labels, members::MemberGroups};
use crate::ui::pages::directory::add_member::AddMember;
use crate::ui::pages::directory::end_seat::EndSeats;
use crate::ui::pages::directory::{id_param, IfStaff, LoadFailed};
use crate::ui::pages::meetings::CommitteeMeetingsSection;
use leptos::prelude::*;
use leptos_meta::Title;

/// `/committees/{id}`: mandate, members by kind with roles, working groups, past members and
/// (for officials) the record of changes.
#[component]
pub fn CommitteePage() -> impl IntoView {
    let id = id_param();
    let refresh = provide_refresh();
    let detail = Resource::new(move || (id(), refresh.0.get()), |(id, _)| get_committee(id));
    view! {
        <Transition fallback=|| ()>
            {move || detail.get().map(|result| match result {
                Err(error) => view! { <LoadFailed error /> }.into_any(),
                Ok(committee) => view! { <Committee committee /> }.into_any(),
            })}
        </Transition>
    }
}

#[component]
fn Committee(committee: CommitteeDetail) -> impl IntoView {
    let i18n = use_i18n();
    let CommitteeDetail {
        id,
        name,
        dimension,
        mandate,
        status,
        current,
        past,
        working_groups,
        history,
        may_edit_groups,
        ..
    } = committee;
    let title = name.clone();
    let seats = current.clone();
    view! {
        <Title text=title />
        <nav class="crumbs" aria-label=move || t_string!(i18n, directory.breadcrumbs)>
            <a href="/committees">{t!(i18n, nav.committees)}</a>
        </nav>
        <h1>{name}</h1>
        <p>
            <span class=format!("badge dim-{}", dimension.as_str())>{labels::dimension(dimension)}</span>
            " "
            <span class="badge">{labels::committee_status(status)}</span>
        </p>
        <IfStaff>
            <p><a class="button secondary" href=format!("/committees/{id}/edit")>{t!(i18n, directory.edit)}</a></p>
        </IfStaff>
        {(!mandate.is_empty()).then(|| view! {
            <section class="panel" aria-labelledby="mandate-h">
                <h2 id="mandate-h">{t!(i18n, directory.mandate)}</h2>
                <p class="prose">{mandate}</p>
            </section>
        })}
        <section class="panel" aria-labelledby="members-h">
            <h2 id="members-h">{t!(i18n, directory.members)}</h2>
            {if current.is_empty() {
                view! { <p class="muted">{t!(i18n, directory.no_members)}</p> }.into_any()
            } else {
                view! { <MemberGroups members=current /> }.into_any()
            }}
        </section>
        <section class="panel" aria-labelledby="wg-h">
            <h2 id="wg-h">{t!(i18n, directory.working_groups)}</h2>
            <WorkingGroupList groups=working_groups />
            {may_edit_groups.then(|| view! {
                <p><a class="button secondary" href=format!("/committees/{id}/working-groups/new")>
                    {t!(i18n, directory.new_working_group)}
                </a></p>
            })}
        </section>
        <CommitteeMeetingsSection committee=id />
        <IfStaff>
            <AddMember committee_id=id />
            {(!seats.is_empty()).then(|| view! { <EndSeats members=seats.clone() /> })}
        </IfStaff>
        {(!past.is_empty()).then(|| view! {
            <section class="panel" aria-labelledby="past-h">
                <h2 id="past-h">{t!(i18n, directory.past_members)}</h2>
                <MemberGroups members=past />
            </section>
        })}
        {history.map(|entries| view! { <History entries /> })}
    }
}

/// Working groups as a short list with their kind and neighbourhoods.
#[component]
pub fn WorkingGroupList(groups: Vec<WorkingGroupCard>) -> impl IntoView {
    let i18n = use_i18n();
    if groups.is_empty() {
        return view! { <p class="muted">{t!(i18n, directory.no_working_groups)}</p> }.into_any();
    }
    view! {
        <ul class="plain list">
            {groups.into_iter().map(|g| {
                let places = format::list(g.neighbourhoods.iter().map(|n| n.name.clone()));
                view! {
                    <li>
                        <a href=format!("/working-groups/{}", g.id)>{g.name.clone()}</a>
                        " "
                        <span class="badge">{labels::working_group_kind(g.kind)}</span>
                        {(!places.is_empty()).then(|| view! { <span class="muted small">{places}</span> })}
                    </li>
                }
            }).collect_view()}
        </ul>
    }
    .into_any()
}

/// The record of changes to an object (officials and admins only).
#[component]
pub fn History(entries: Vec<HistoryEntry>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="panel" aria-labelledby="history-h">
            <h2 id="history-h">{t!(i18n, directory.history)}</h2>
            {if entries.is_empty() {
                view! { <p class="muted">{t!(i18n, directory.no_history)}</p> }.into_any()
            } else {
                view! {
                    <ol class="plain list">
                        {entries.into_iter().map(|e| view! {
                            <li>
                                <span class="muted small">{format::date(e.at_ms)}</span> " "
                                <code dir="ltr">{e.action}</code> " "
                                {e.actor.unwrap_or_default()}
                            </li>
                        }).collect_view()}
                    </ol>
                }.into_any()
            }}
        </section>
    }
}
